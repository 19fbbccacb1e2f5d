package org.opendrugpolicy.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the query parameters an operation does not declare, and declared ones given more than once: a
 * misspelt filter must not silently return everything. A parameter declared as a list (claimStatus) may be repeated.
 * A value with the NUL character ({@code %00}) is refused too, on every database (see {@link RequestNormalization}).
 * {@link Answers#read} asks it first, and reports what it finds with the request's other bad parameters.
 */
final class UnknownParameterGuard {
    /** The parameters that shape an answer rather than choose its records, read by {@link Answers} itself. */
    private static final Set<String> ANSWER_PARAMETERS = Set.of(Includes.PARAMETER, SparseFieldsets.PARAMETER, CsvLists.FORMAT);
    private static final Map<Method, Declared> DECLARED = new ConcurrentHashMap<>();

    /** An operation's query parameters, those of them that may be repeated, and whether it reads any of its own. */
    private record Declared(Set<String> names, Set<String> repeatable, boolean readsOwn) {
        static Declared of(Method method) {
            Set<String> names = declaredParameters(method, false);
            return new Declared(names, declaredParameters(method, true), names.stream().anyMatch(name -> !ANSWER_PARAMETERS.contains(name)));
        }
    }

    private UnknownParameterGuard() {}

    /**
     * Adds to {@code errors} every parameter of the request that {@code method} does not take, gives too often or with NUL.
     * False when a value holds NUL: the operation must not run, as it may hand its values to the database before it
     * reports its own errors (the networks look their sessions up), and PostgreSQL refuses NUL in text with an error.
     */
    static boolean check(ContainerRequestContext request, Method method, ParameterErrors errors) {
        Declared operation = DECLARED.computeIfAbsent(method, Declared::of);
        Set<String> declared = operation.names();
        Set<String> repeatable = operation.repeatable();
        // The names as sent, also those RequestNormalization dropped for an empty value: an empty misspelt filter is still refused.
        Map<String, Integer> given = given(request);
        Object withNul = request.getProperty(RequestNormalization.WITH_NUL);
        given.forEach((name, count) -> {
            if (!declared.contains(name)) {
                errors.add(Text.quote(name), declared.isEmpty()
                        ? "unknown parameter; this operation takes no query parameters"
                        : "unknown parameter; this operation takes " + String.join(", ", declared));
            } else if (count > 1 && !repeatable.contains(name)) {
                errors.add(name, "given " + count + " times; give it once");
            } else if (withNul instanceof Set<?> names && names.contains(name)) {
                // no value of the data holds it, and PostgreSQL refuses it in text (an error, not "no match")
                errors.add(name, "must not contain the NUL character (%00)");
            }
        });
        return !(withNul instanceof Set<?> names && !names.isEmpty());
    }

    /** Whether {@code method} takes the query parameter {@code name}: one it does not take is only ever reported as unknown. */
    static boolean declares(Method method, String name) {
        return DECLARED.computeIfAbsent(method, Declared::of).names().contains(name);
    }

    /**
     * Whether {@code method} reads query parameters of its own (filters, paging, sort, by, vote, since), besides those of
     * the answer's form: then it validates them after {@link Answers#read}, with {@link ParameterErrors#ofRequest}.
     */
    static boolean readsOwnParameters(Method method) {
        return DECLARED.computeIfAbsent(method, Declared::of).readsOwn();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> given(ContainerRequestContext request) {
        if (request.getProperty(RequestNormalization.GIVEN) instanceof Map<?, ?> given) {
            return (Map<String, Integer>) given;
        }
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        request.getUriInfo().getQueryParameters().forEach((name, values) -> counts.put(name, values.size()));
        return counts;
    }

    /** The query parameters of an operation; with {@code listsOnly}, only those declared as a collection (which may be repeated). */
    private static Set<String> declaredParameters(Method method, boolean listsOnly) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            addDeclared(parameter, parameter.getType(), listsOnly, names);
        }
        if (!method.isAnnotationPresent(Include.class)) {
            // shared by every list (ListParameters), but an operation that embeds nothing does not take it, as its contract says
            names.remove(Includes.PARAMETER);
        }
        return names;
    }

    /** A parameter's or bean field's query name; a {@code @BeanParam}'s fields, those of the beans it holds included. */
    private static void addDeclared(AnnotatedElement element, Class<?> type, boolean listsOnly, Set<String> names) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null && (!listsOnly || Collection.class.isAssignableFrom(type))) {
            names.add(query.value());
        }
        if (element.isAnnotationPresent(BeanParam.class)) {
            for (Field field : type.getDeclaredFields()) {
                addDeclared(field, field.getType(), listsOnly, names);
            }
        }
    }
}
