package org.opendrugpolicy.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;

/**
 * Writes every link of a JSON answer as an absolute URL, joined to the {@link PublicBaseUrl} of the request.
 *
 * <p>Records build their links as paths ({@code /api/v1/sessions/cnd-68}), and this is the one place that makes
 * them absolute. A link is a text property named {@code href} or {@code url}, or any text property of a record
 * whose name ends in {@code Links} (every {@code links} object of the API); maps of links use {@link Serializer} as
 * their content serializer. Values that are not paths (null, a URL elsewhere such as a licence's) are written
 * as they are. Outside a request (nothing to join), links stay paths. CSV answers leave links out altogether.
 */
@Singleton
public class AbsoluteLinks implements ObjectMapperCustomizer {
    /** Per serialization: the base, looked up once for all the links of one answer. */
    private static final Object BASE = AbsoluteLinks.class;
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final JsonSerializer<Object> LINK = (JsonSerializer) new Serializer();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("odp-absolute-links").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
                boolean linksRecord = bean.getBeanClass().getSimpleName().endsWith("Links");
                for (BeanPropertyWriter property : properties) {
                    if (property.getType().getRawClass() == String.class && !property.hasSerializer()
                            && (linksRecord || property.getName().equals("href") || property.getName().equals("url"))) {
                        property.assignSerializer(LINK);
                    }
                }
                return properties;
            }
        }));
    }

    /** Writes one link: a path of this service joined to the request's public base URL. */
    public static final class Serializer extends StdSerializer<String> {
        public Serializer() {
            super(String.class);
        }

        @Override
        public void serialize(String link, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(PublicBaseUrl.absolute(base(provider), link));
        }

        private static String base(SerializerProvider provider) {
            Object known = provider.getAttribute(BASE);
            if (known == null) {
                String base = PublicBaseUrl.get().current();
                known = base == null ? "" : base;
                provider.setAttribute(BASE, known);
            }
            return ((String) known).isEmpty() ? null : (String) known;
        }
    }
}
