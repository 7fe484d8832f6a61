package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * The one place that maps an {@link ObjectKind} to its {@link KindDdl}: an exhaustive switch without
 * {@code default}, so a kind added to the enum without a class here does not compile.
 */
public final class Kinds {

    private Kinds() {
    }

    public static KindDdl<? extends SchemaObject> of(ObjectKind kind) {
        return switch (kind) {
            case SCHEMA -> SchemaDdl.INSTANCE;
            case EXTENSION -> ExtensionDdl.INSTANCE;
            case COLLATION -> CollationDdl.INSTANCE;
            case ENUM -> EnumDdl.INSTANCE;
            case DOMAIN -> DomainDdl.INSTANCE;
            case COMPOSITE_TYPE -> CompositeTypeDdl.INSTANCE;
            case SEQUENCE -> SequenceDdl.INSTANCE;
            case TABLE -> TableDdl.INSTANCE;
            case COLUMN -> ColumnDdl.INSTANCE;
            case CONSTRAINT -> ConstraintDdl.INSTANCE;
            case INDEX -> IndexDdl.INSTANCE;
            case VIEW -> ViewDdl.INSTANCE;
            case MATERIALIZED_VIEW -> MaterializedViewDdl.INSTANCE;
            case FUNCTION -> FunctionDdl.INSTANCE;
            case TRIGGER -> TriggerDdl.INSTANCE;
            case EVENT_TRIGGER -> EventTriggerDdl.INSTANCE;
            case POLICY -> PolicyDdl.INSTANCE;
            case STATISTICS -> StatisticsDdl.INSTANCE;
            case DEFAULT_PRIVILEGES -> DefaultPrivilegesDdl.INSTANCE;
            case RANGE_TYPE -> RangeTypeDdl.INSTANCE;
            case TEXT_SEARCH_PARSER -> TextSearchParserDdl.INSTANCE;
            case TEXT_SEARCH_TEMPLATE -> TextSearchTemplateDdl.INSTANCE;
            case TEXT_SEARCH_DICTIONARY -> TextSearchDictionaryDdl.INSTANCE;
            case TEXT_SEARCH_CONFIGURATION -> TextSearchConfigurationDdl.INSTANCE;
            case OPERATOR -> OperatorDdl.INSTANCE;
            case OPERATOR_FAMILY -> OperatorFamilyDdl.INSTANCE;
            case OPERATOR_CLASS -> OperatorClassDdl.INSTANCE;
            case CONVERSION -> ConversionDdl.INSTANCE;
            case FOREIGN_DATA_WRAPPER -> ForeignDataWrapperDdl.INSTANCE;
            case FOREIGN_SERVER -> ForeignServerDdl.INSTANCE;
            case USER_MAPPING -> UserMappingDdl.INSTANCE;
            case FOREIGN_TABLE -> ForeignTableDdl.INSTANCE;
            case PUBLICATION -> PublicationDdl.INSTANCE;
            case SUBSCRIPTION -> SubscriptionDdl.INSTANCE;
            case ACCESS_METHOD -> AccessMethodDdl.INSTANCE;
            case LANGUAGE -> LanguageDdl.INSTANCE;
            case AGGREGATE -> AggregateDdl.INSTANCE;
            case CAST -> CastDdl.INSTANCE;
            case RULE -> RuleDdl.INSTANCE;
        };
    }

    /** {@code COMMENT ON ... IS ...} for any object ({@code text} null removes the comment). */
    public static String comment(SchemaObject object, String text) {
        return "COMMENT ON " + of(object.kind()).commentTargetOf(object) + " IS " + Sql.literal(text) + ";";
    }

    /** The comment of a new object, when it has one, as its own statement after the object exists. */
    static void commentOnCreate(PlanContext plan, SchemaObject object, Direction direction) {
        if (object.comment() != null) {
            plan.step(Phase.CREATE, object.key(), comment(object, object.comment()), direction).needs(object.key());
        }
    }
}
