package io.pgdrift.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.pgdrift.model.AccessMethod;
import io.pgdrift.model.Aggregate;
import io.pgdrift.model.Cast;
import io.pgdrift.model.Collation;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DefaultPrivileges;
import io.pgdrift.model.Conversion;
import io.pgdrift.model.Dependency;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.ForeignDataWrapper;
import io.pgdrift.model.ForeignServer;
import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.Publication;
import io.pgdrift.model.Subscription;
import io.pgdrift.model.UserMapping;
import io.pgdrift.model.Function;
import io.pgdrift.model.Index;
import io.pgdrift.model.Language;
import io.pgdrift.model.Owner;
import io.pgdrift.model.Policy;
import io.pgdrift.model.RelationSize;
import io.pgdrift.model.Rule;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Statistics;
import io.pgdrift.model.Operator;
import io.pgdrift.model.OperatorClass;
import io.pgdrift.model.OperatorFamily;
import io.pgdrift.model.RangeType;
import io.pgdrift.model.TextSearchConfiguration;
import io.pgdrift.model.TextSearchDictionary;
import io.pgdrift.model.TextSearchParser;
import io.pgdrift.model.TextSearchTemplate;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Table;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.Uncompared;
import io.pgdrift.model.View;
import java.io.IOException;
import java.util.List;

/**
 * The JSON shape of a snapshot file. The model stays free of Jackson annotations: the polymorphism of
 * {@link SchemaObject} (an {@code "object"} property naming the record type; {@code "type"} is taken by columns and constraints) is attached here as a mix-in.
 */
final class SnapshotJson {
    static final String FORMAT = "pgdrift-snapshot";

    private SnapshotJson() {
    }

    /** The file's top level, in the order it is written. */
    record Document(String format, int formatVersion, ServerInfo server, String database, String takenAt,
                    List<SchemaObject> objects, List<Dependency> dependencies, List<RelationSize> sizes,
                    List<Uncompared> uncompared, List<Owner> owners) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "object")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SchemaDef.class, name = "schema"),
        @JsonSubTypes.Type(value = Extension.class, name = "extension"),
        @JsonSubTypes.Type(value = Collation.class, name = "collation"),
        @JsonSubTypes.Type(value = EnumType.class, name = "enum"),
        @JsonSubTypes.Type(value = DomainType.class, name = "domain"),
        @JsonSubTypes.Type(value = CompositeType.class, name = "compositeType"),
        @JsonSubTypes.Type(value = Sequence.class, name = "sequence"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = io.pgdrift.model.Column.class, name = "column"),
        @JsonSubTypes.Type(value = Constraint.class, name = "constraint"),
        @JsonSubTypes.Type(value = Index.class, name = "index"),
        @JsonSubTypes.Type(value = View.class, name = "view"),
        @JsonSubTypes.Type(value = Function.class, name = "function"),
        @JsonSubTypes.Type(value = Trigger.class, name = "trigger"),
        @JsonSubTypes.Type(value = EventTrigger.class, name = "eventTrigger"),
        @JsonSubTypes.Type(value = Policy.class, name = "policy"),
        @JsonSubTypes.Type(value = Statistics.class, name = "statistics"),
        @JsonSubTypes.Type(value = DefaultPrivileges.class, name = "defaultPrivileges"),
        @JsonSubTypes.Type(value = RangeType.class, name = "rangeType"),
        @JsonSubTypes.Type(value = TextSearchParser.class, name = "textSearchParser"),
        @JsonSubTypes.Type(value = TextSearchTemplate.class, name = "textSearchTemplate"),
        @JsonSubTypes.Type(value = TextSearchDictionary.class, name = "textSearchDictionary"),
        @JsonSubTypes.Type(value = TextSearchConfiguration.class, name = "textSearchConfiguration"),
        @JsonSubTypes.Type(value = Operator.class, name = "operator"),
        @JsonSubTypes.Type(value = OperatorFamily.class, name = "operatorFamily"),
        @JsonSubTypes.Type(value = OperatorClass.class, name = "operatorClass"),
        @JsonSubTypes.Type(value = Conversion.class, name = "conversion"),
        @JsonSubTypes.Type(value = ForeignDataWrapper.class, name = "foreignDataWrapper"),
        @JsonSubTypes.Type(value = ForeignServer.class, name = "foreignServer"),
        @JsonSubTypes.Type(value = UserMapping.class, name = "userMapping"),
        @JsonSubTypes.Type(value = ForeignTable.class, name = "foreignTable"),
        @JsonSubTypes.Type(value = Publication.class, name = "publication"),
        @JsonSubTypes.Type(value = Subscription.class, name = "subscription"),
        @JsonSubTypes.Type(value = AccessMethod.class, name = "accessMethod"),
        @JsonSubTypes.Type(value = Language.class, name = "language"),
        @JsonSubTypes.Type(value = Aggregate.class, name = "aggregate"),
        @JsonSubTypes.Type(value = Cast.class, name = "cast"),
        @JsonSubTypes.Type(value = Rule.class, name = "rule")
    })
    interface SchemaObjectMixIn {
    }

    /** Reader attribute holding the {@link TextPool} of one file read; without it texts are not shared. */
    static final Object POOL = TextPool.class;

    /** Strings through the read's pool, as {@link Rows} does for catalog rows: a file holds the same repetitions. */
    private static final class PooledStrings extends StdScalarDeserializer<String> {
        PooledStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            return context.getAttribute(POOL) instanceof TextPool pool ? pool.share(text) : text;
        }
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new SimpleModule("pooled-strings").addDeserializer(String.class, new PooledStrings()))
                .addMixIn(SchemaObject.class, SchemaObjectMixIn.class)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
