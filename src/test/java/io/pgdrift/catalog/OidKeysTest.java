package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import org.junit.jupiter.api.Test;

class OidKeysTest {

    @Test
    void everyStoredKeyIsFoundAgainAcrossGrowth() {
        OidKeys oids = new OidKeys();
        for (int i = 1; i <= 50_000; i++) {
            oids.put(OidKeys.PG_CLASS, 16_384L + i, ObjectKey.of(ObjectKind.TABLE, "s", "t" + i));
            oids.put(OidKeys.PG_CLASS, 16_384L + i, 2, ObjectKey.member(ObjectKind.COLUMN, "s", "t" + i, "c2"));
            oids.put(OidKeys.PG_TYPE, 16_384L + i, ObjectKey.of(ObjectKind.ENUM, "s", "e" + i));
        }
        assertThat(oids.get(OidKeys.PG_CLASS, 16_385, 0)).isEqualTo(ObjectKey.of(ObjectKind.TABLE, "s", "t1"));
        assertThat(oids.get(OidKeys.PG_CLASS, 66_384, 2))
                .isEqualTo(ObjectKey.member(ObjectKind.COLUMN, "s", "t50000", "c2"));
        // the same OID in another catalog is another object
        assertThat(oids.get(OidKeys.PG_TYPE, 16_385, 0)).isEqualTo(ObjectKey.of(ObjectKind.ENUM, "s", "e1"));
        assertThat(oids.get(OidKeys.PG_PROC, 16_385, 0)).isNull();
    }

    @Test
    void aColumnNotStoredFallsBackToItsRelation() {
        OidKeys oids = new OidKeys();
        oids.put(OidKeys.PG_CLASS, 20_000, ObjectKey.of(ObjectKind.TABLE, "s", "t"));
        assertThat(oids.get(OidKeys.PG_CLASS, 20_000, 7)).isEqualTo(ObjectKey.of(ObjectKind.TABLE, "s", "t"));
        assertThat(oids.get(OidKeys.PG_CLASS, 20_001, 7)).isNull();
    }

    @Test
    void oidsAboveTwoToThe31AndTheHighestColumnNumbersStayApart() {
        OidKeys oids = new OidKeys();
        long wrapped = 4_000_000_000L;
        oids.put(OidKeys.PG_CLASS, wrapped, ObjectKey.of(ObjectKind.TABLE, "s", "late"));
        oids.put(OidKeys.PG_CLASS, wrapped, 1600, ObjectKey.member(ObjectKind.COLUMN, "s", "late", "last"));
        oids.put(OidKeys.PG_CLASS, wrapped - (1L << 31), ObjectKey.of(ObjectKind.TABLE, "s", "early"));
        assertThat(oids.get(OidKeys.PG_CLASS, wrapped, 0)).isEqualTo(ObjectKey.of(ObjectKind.TABLE, "s", "late"));
        assertThat(oids.get(OidKeys.PG_CLASS, wrapped, 1600))
                .isEqualTo(ObjectKey.member(ObjectKind.COLUMN, "s", "late", "last"));
        assertThat(oids.get(OidKeys.PG_CLASS, wrapped - (1L << 31), 0))
                .isEqualTo(ObjectKey.of(ObjectKind.TABLE, "s", "early"));
    }

    @Test
    void oidZeroIsNeverStoredAndALaterPutReplaces() {
        OidKeys oids = new OidKeys();
        oids.put(OidKeys.PG_TYPE, 0, ObjectKey.of(ObjectKind.ENUM, "s", "none"));
        assertThat(oids.get(OidKeys.PG_TYPE, 0, 0)).isNull();
        oids.put(OidKeys.PG_TYPE, 30_000, ObjectKey.of(ObjectKind.ENUM, "s", "old"));
        oids.put(OidKeys.PG_TYPE, 30_000, ObjectKey.of(ObjectKind.ENUM, "s", "new"));
        assertThat(oids.get(OidKeys.PG_TYPE, 30_000, 0)).isEqualTo(ObjectKey.of(ObjectKind.ENUM, "s", "new"));
    }
}
