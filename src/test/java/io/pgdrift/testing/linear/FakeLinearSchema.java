package io.pgdrift.testing.linear;

import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.ParserOptions;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Linear's real schema ({@code src/test/resources/linear/schema.graphql}) made executable for the fake server.
 *
 * <p>Nothing is wired field by field: the fake hands graphql-java a root object and entity objects that are maps,
 * and the one default data fetcher reads a field from the map — a {@link Supplier} value is computed on demand
 * (relations), a {@link Function} of the {@link DataFetchingEnvironment} serves fields with arguments. A field the
 * fake does not provide answers null, which fails loudly for non-null fields. Custom scalars pass values through;
 * interfaces and unions resolve by the map's {@code __typename}.
 */
public final class FakeLinearSchema {
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");
    private static GraphQLSchema schema;

    private FakeLinearSchema() {
    }

    /** Parsing 1.2 MB of SDL takes a moment: done once per JVM and shared by every fake server. */
    static synchronized GraphQLSchema schema() {
        if (schema == null) {
            try (InputStream in = FakeLinearSchema.class.getResourceAsStream("/linear/schema.graphql")) {
                if (in == null) {
                    throw new IllegalStateException("linear/schema.graphql is not on the test classpath");
                }
                // the SDL's own source positions and AST are not needed to validate and run operations
                ParserOptions lean = ParserOptions.getDefaultSdlParserOptions().transform(o -> o
                        .captureSourceLocation(false).captureLineComments(false).captureIgnoredChars(false));
                TypeDefinitionRegistry registry = new SchemaParser().parse(new InputStreamReader(in,
                        StandardCharsets.UTF_8), lean);
                RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new MapWiring()).build();
                schema = new SchemaGenerator().makeExecutableSchema(
                        SchemaGenerator.Options.defaultOptions().captureAstDefinitions(false), registry, wiring);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    public static GraphQL graphQL() {
        return GraphQL.newGraphQL(schema()).defaultDataFetcherExceptionHandler(new LinearLikeErrors()).build();
    }

    /**
     * Thrown by the fake's resolvers: becomes an error shaped like Linear's — {@code message}, and
     * {@code extensions} with {@code type} (what Linear's SDK classifies on), a {@code code} that varies for the
     * same type, {@code statusCode}, {@code userError} and {@code userPresentableMessage} — answered with
     * {@code httpStatus} (which need not match {@code statusCode}: a conflict comes back with HTTP 200).
     */
    public static final class FakeError extends RuntimeException {
        /** A private extension carrying the HTTP status to the server; removed before the answer is sent. */
        static final String HTTP_STATUS = "__fakeHttpStatus";
        final String code;
        final String type;
        final String userMessage;
        final int httpStatus;

        FakeError(String message, String code, String type, String userMessage, int httpStatus) {
            super(message);
            this.code = code;
            this.type = type;
            this.userMessage = userMessage;
            this.httpStatus = httpStatus;
        }

        static FakeError notFound(String entity) {
            return new FakeError("Entity not found: " + entity, "INVALID_INPUT", "invalid input",
                    "Could not find referenced " + entity + ".", 400);
        }

        /** Linear's refusal of a field value: {@code Argument Validation Error}, the field's reason for people. */
        static FakeError invalidInput(String code, String userMessage) {
            return new FakeError("Argument Validation Error", code, "invalid input", userMessage, 400);
        }

        /** What Linear answers to a create whose client-chosen id exists already (observed live, HTTP 200). */
        static FakeError conflict(String entity, String id) {
            return new FakeError("conflict on insert of " + entity, "INPUT_ERROR", "invalid input",
                    "Entity " + entity + " with id " + id + " already exists.", 200);
        }

        Map<String, Object> extensions() {
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("code", code);
            ext.put("type", type);
            ext.put("statusCode", 400);
            ext.put("userError", true);
            ext.put("userPresentableMessage", userMessage);
            ext.put(HTTP_STATUS, httpStatus);
            return ext;
        }
    }

    private static final class LinearLikeErrors implements DataFetcherExceptionHandler {
        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                graphql.execution.DataFetcherExceptionHandlerParameters params) {
            Throwable e = params.getException();
            GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
                    .path(params.getPath())
                    .location(params.getSourceLocation());
            if (e instanceof FakeError fake) {
                error.message(fake.getMessage()).extensions(fake.extensions());
            } else {
                error.message("fake Linear failed: " + e).extensions(Map.of("type", "internal error",
                        "statusCode", 500, FakeError.HTTP_STATUS, 500));
            }
            return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error.build()).build());
        }
    }

    private static final class MapWiring implements WiringFactory {
        @Override
        public boolean providesScalar(ScalarWiringEnvironment env) {
            return !BUILT_IN_SCALARS.contains(env.getScalarTypeDefinition().getName());
        }

        @Override
        public GraphQLScalarType getScalar(ScalarWiringEnvironment env) {
            return GraphQLScalarType.newScalar()
                    .name(env.getScalarTypeDefinition().getName())
                    .coercing(new PassThrough())
                    .build();
        }

        @Override
        public boolean providesTypeResolver(InterfaceWiringEnvironment env) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(InterfaceWiringEnvironment env) {
            return byTypename();
        }

        @Override
        public boolean providesTypeResolver(UnionWiringEnvironment env) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(UnionWiringEnvironment env) {
            return byTypename();
        }

        @Override
        public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment env) {
            String field = env.getFieldDefinition().getName();
            return fetchEnv -> {
                Object source = fetchEnv.getSource();
                Object value = source instanceof Map<?, ?> map ? map.get(field) : null;
                if (value instanceof Supplier<?> supplier) {
                    return supplier.get();
                }
                if (value instanceof Function<?, ?> function) {
                    @SuppressWarnings("unchecked")
                    Function<DataFetchingEnvironment, Object> f = (Function<DataFetchingEnvironment, Object>) function;
                    return f.apply(fetchEnv);
                }
                return value;
            };
        }

        private static TypeResolver byTypename() {
            return env -> {
                Object typename = env.getObject() instanceof Map<?, ?> map ? map.get("__typename") : null;
                GraphQLObjectType type = typename == null ? null : env.getSchema().getObjectType(typename.toString());
                if (type == null) {
                    throw new IllegalStateException("fake entity without a known __typename: " + env.getObject());
                }
                return type;
            };
        }
    }

    /** DateTime, JSON, JSONObject, … as plain Java values: strings, numbers, booleans, maps and lists. */
    private static final class PassThrough implements Coercing<Object, Object> {
        @Override
        public Object serialize(Object value, graphql.GraphQLContext context, java.util.Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, graphql.GraphQLContext context, java.util.Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, graphql.execution.CoercedVariables variables,
                                   graphql.GraphQLContext context, java.util.Locale locale) {
            return literal(input, variables.toMap());
        }

        private static Object literal(Value<?> value, Map<String, Object> variables) {
            if (value instanceof StringValue s) {
                return s.getValue();
            } else if (value instanceof IntValue i) {
                return i.getValue();
            } else if (value instanceof FloatValue f) {
                return f.getValue();
            } else if (value instanceof BooleanValue b) {
                return b.isValue();
            } else if (value instanceof EnumValue e) {
                return e.getName();
            } else if (value instanceof NullValue) {
                return null;
            } else if (value instanceof VariableReference v) {
                return variables.get(v.getName());
            } else if (value instanceof ArrayValue a) {
                List<Object> out = new ArrayList<>();
                a.getValues().forEach(v -> out.add(literal(v, variables)));
                return out;
            } else if (value instanceof ObjectValue o) {
                Map<String, Object> out = new LinkedHashMap<>();
                o.getObjectFields().forEach(f -> out.put(f.getName(), literal(f.getValue(), variables)));
                return out;
            }
            throw new IllegalArgumentException("unsupported literal " + value);
        }
    }
}
