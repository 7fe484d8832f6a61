package io.pgdrift.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.OperatorFamily;
import io.pgdrift.model.OperatorMember;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows of {@code operator_families.sql}; also reads the members column ({@code fragments/operator_members.sql},
 * a JSON array built by the server) for {@link OperatorClassRows}.
 */
final class OperatorFamilyRows {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<OperatorMember>> MEMBERS = new TypeReference<>() {
    };

    private OperatorFamilyRows() {
    }

    static void family(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.member(ObjectKind.OPERATOR_FAMILY, row.text("schema"), row.text("name"),
                row.text("access_method"));
        oids.put(OidKeys.PG_OPFAMILY, row.number("oid"), key);
        out.accept(new OperatorFamily(key, members(row), row.text("comment")));
    }

    static List<OperatorMember> members(Rows row) throws SQLException {
        String json = row.text("members");
        try {
            return JSON.readValue(json, MEMBERS);
        } catch (JsonProcessingException e) {
            throw new SQLException("the server's list of operator family members is not the JSON expected: " + json,
                    e);
        }
    }
}
