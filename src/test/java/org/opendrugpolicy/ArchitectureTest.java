package org.opendrugpolicy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.Map;
import java.util.Set;

/**
 * The package map of README.md ("Layout"), enforced on the compiled main classes:
 * <ul>
 * <li>{@code api} is the list vocabulary that record packages use; {@code http} is the edge (request ids,
 * limits, timeout, rate limit, response cache, HTTP caching, problem mappers) that no record package imports;</li>
 * <li>the vocabulary knows no kind of record;</li>
 * <li>the root index and the OpenAPI definition know no kind of record, and every resource declares its own tag;</li>
 * <li>loading ({@code dataset}) never reaches into bulk downloads ({@code export});</li>
 * <li>an entity stays in its package, apart from the exceptions listed (and explained) in {@link #ENTITY_EXCEPTIONS}.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.opendrugpolicy", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** One package per kind of record (and the features built only on records). */
    static final String[] RECORD_PACKAGES = {"..country..", "..session..", "..resolution..", "..sideevent..", "..organization..",
            "..meeting..", "..source..", "..topic..", "..vote..", "..network..", "..release..", "..change..",
            "..substance..", "..scheduling..", "..bureau..", "..provenance..", "..conflict.."};

    @ArchTest
    static final ArchRule recordPackagesDoNotImportTheEdge = noClasses().that().resideInAnyPackage(RECORD_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("org.opendrugpolicy.http..")
            .because("the edge (http/) admits requests before any resource runs; records use the vocabulary in api/");

    @ArchTest
    static final ArchRule vocabularyKnowsNoRecordKind = noClasses().that().resideInAPackage("org.opendrugpolicy.api..")
            .should().dependOnClassesThat().resideInAnyPackage(RECORD_PACKAGES)
            .orShould().dependOnClassesThat().resideInAPackage("org.opendrugpolicy.export..")
            .because("a new kind of record must not need an edit to the shared vocabulary");

    @ArchTest
    static final ArchRule vocabularyDoesNotImportTheEdge = noClasses().that().resideInAPackage("org.opendrugpolicy.api..")
            .should().dependOnClassesThat().resideInAPackage("org.opendrugpolicy.http..")
            .because("the edge uses the vocabulary, never the other way: api/ must make sense without http/");

    @ArchTest
    static final ArchRule indexAndContractKnowNoRecordKind = noClasses().that().resideInAnyPackage("org.opendrugpolicy", "org.opendrugpolicy.openapi..")
            .should().dependOnClassesThat().resideInAnyPackage(RECORD_PACKAGES)
            .because("a kind declares its own index link (@IndexLink) and tag (@Tag) in its package: adding one edits neither the index nor the definition");

    @ArchTest
    static final ArchRule everyResourceDeclaresItsTag = classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().beAnnotatedWith(org.eclipse.microprofile.openapi.annotations.tags.Tag.class)
            .because("a kind's OpenAPI tag, with its description, is declared by its own resource, not in a central list");

    @ArchTest
    static final ArchRule loadingDoesNotImportExports = noClasses().that().resideInAPackage("org.opendrugpolicy.dataset..")
            .should().dependOnClassesThat().resideInAPackage("org.opendrugpolicy.export..")
            .because("data flows one way: loading comes before bulk downloads");

    /**
     * Where an entity may be used outside its package, and why. Entities may always refer to each other
     * (JPA associations); these are the other uses.
     */
    // A record's view reads the id and name of the records its entity refers to, to write their references
    // (a session's id, a country's or organization's Party): the referenced entity is already loaded with it.
    private static final Set<String> VIEWS_OF_REFERENCES = Set.of("org.opendrugpolicy.meeting.MeetingView",
            "org.opendrugpolicy.resolution.ResolutionView", "org.opendrugpolicy.sideevent.SideEventView",
            "org.opendrugpolicy.scheduling.SchedulingDecisionView", "org.opendrugpolicy.bureau.BureauMemberView", "org.opendrugpolicy.conflict.ConflictView");

    /**
     * Where an entity may be used outside its package, and why. Entities, their embeddables and their mapped
     * superclasses may always refer to each other (JPA associations); these are the other uses.
     */
    static final Map<String, Set<String>> ENTITY_EXCEPTIONS = Map.of(
            "org.opendrugpolicy.country.Country", union(VIEWS_OF_REFERENCES,
                    // The sponsor list is a query over countries, with their sponsorships.
                    "org.opendrugpolicy.resolution.SponsorResource"),
            "org.opendrugpolicy.organization.Organization", union(VIEWS_OF_REFERENCES,
                    // A graph node for an organization is built from the entity.
                    "org.opendrugpolicy.network.NetworkView"),
            "org.opendrugpolicy.session.Session", union(VIEWS_OF_REFERENCES,
                    // The catalogue's temporal coverage is the span of the sessions.
                    "org.opendrugpolicy.export.CatalogResource"),
            // A roll-call belongs to a resolution: its votes are read through it.
            // A scheduling decision's view names the numbered decision that took it (its id, symbol and number).
            "org.opendrugpolicy.resolution.Resolution", Set.of("org.opendrugpolicy.vote.RecordedVotes", "org.opendrugpolicy.scheduling.SchedulingDecisionView"),
            // A scheduling decision's view names the substances it concerns.
            "org.opendrugpolicy.substance.Substance", Set.of("org.opendrugpolicy.scheduling.SchedulingDecisionView"),
            // The release table is the dataset's own history: the loader writes it, the version reads it, the feed lists it.
            "org.opendrugpolicy.release.Release", Set.of("org.opendrugpolicy.dataset.RecordHistory", "org.opendrugpolicy.dataset.DatasetVersion",
                    "org.opendrugpolicy.change.ChangeResource"));

    private static Set<String> union(Set<String> some, String... more) {
        Set<String> all = new java.util.TreeSet<>(some);
        all.addAll(Set.of(more));
        return all;
    }

    @ArchTest
    static final ArchRule entitiesStayInTheirPackage = classes().that().areAnnotatedWith(Entity.class)
            .should(new ArchCondition<JavaClass>("be used only in their package, by other entities, or by a documented exception") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                        JavaClass origin = dependency.getOriginClass();
                        String user = origin.getName().replaceFirst("\\$.*", "");
                        boolean allowed = origin.getPackageName().equals(entity.getPackageName())
                                || origin.isAnnotatedWith(Entity.class) || origin.isAnnotatedWith(Embeddable.class)
                                || origin.isAnnotatedWith(MappedSuperclass.class)
                                || ENTITY_EXCEPTIONS.getOrDefault(entity.getName(), Set.of()).contains(user);
                        if (!allowed) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });
}
