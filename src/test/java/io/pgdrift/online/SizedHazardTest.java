package io.pgdrift.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.RelationSize;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import org.junit.jupiter.api.Test;

class SizedHazardTest {
    static final ObjectKey ORDERS = ObjectKey.of(ObjectKind.TABLE, "public", "orders");

    @Test
    void sizesReadAsAReviewerCountsThem() {
        assertThat(new RelationSize(ORDERS, 12_400_000, 3_328_599_654L).describe()).isEqualTo("≈12.4 M rows, 3.1 GB");
        assertThat(new RelationSize(ORDERS, 1, 8192).describe()).isEqualTo("≈1 row, 8 kB");
        assertThat(new RelationSize(ORDERS, 9_999, 0).describe()).isEqualTo("≈9999 rows, 0 B");
        assertThat(new RelationSize(ORDERS, 250_000, 1_572_864).describe()).isEqualTo("≈250 k rows, 1.5 MB");
        assertThat(new RelationSize(ORDERS, -1, 0).describe()).isEqualTo("no row estimate yet, 0 B");
    }

    @Test
    void theSizeGoesNextToTheTablesNameAndNotInsideALongerName() {
        RelationSize size = new RelationSize(ORDERS, 12_400_000, 3_328_599_654L);

        assertThat(new Hazard(HazardKind.TABLE_REWRITE, "rewrites public.orders and rebuilds its indexes", null)
                .withSize(size).sizedDetail())
                .isEqualTo("rewrites public.orders (≈12.4 M rows, 3.1 GB) and rebuilds its indexes");
        assertThat(new Hazard(HazardKind.DATA_LOSS, "copies public.orders_archive.id into public.orders.", null)
                .withSize(size).sizedDetail())
                .isEqualTo("copies public.orders_archive.id into public.orders (≈12.4 M rows, 3.1 GB).");
        assertThat(new Hazard(HazardKind.BLOCKS_WRITES, "drops column note of public.orders.note", null)
                .withSize(size).sizedDetail())
                .isEqualTo("drops column note of public.orders.note (public.orders: ≈12.4 M rows, 3.1 GB)");
        assertThat(new Hazard(HazardKind.BLOCKS_WRITES, "rewrites public.orders", null).sizedDetail())
                .isEqualTo("rewrites public.orders");
    }
}
