package io.pgdrift.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void aNameFallsInTheShardOfItsSha256() {
        // expected values computed outside Java: int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], 'big') % n
        assertThat(Shard.of("app", 4)).isEqualTo(3);
        assertThat(Shard.of("tenant-0001", 8)).isEqualTo(3);
        assertThat(Shard.of("billing", 3)).isEqualTo(1);
        assertThat(Shard.of("crm", 31)).isEqualTo(21);
        assertThat(Shard.of("é-ü", 5)).isEqualTo(1);
        assertThat(new Shard(3, 4).holds("app")).isTrue();
        assertThat(new Shard(2, 4).holds("app")).isFalse();
    }

    @Test
    void everyNameIsInExactlyOneShardAndNumberedNamesSpreadEvenly() {
        int count = 8;
        Map<Integer, Integer> sizes = new HashMap<>();
        IntStream.range(0, 2000).mapToObj(i -> "tenant-" + i).forEach(name -> {
            long holders = IntStream.range(0, count).filter(k -> new Shard(k, count).holds(name)).count();
            assertThat(holders).as(name).isEqualTo(1);
            sizes.merge(Shard.of(name, count), 1, Integer::sum);
        });
        assertThat(sizes).hasSize(count);
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(200, 300));
    }

    @Test
    void parsesKOverNAndRefusesWhatIsNoShard() {
        assertThat(Shard.parse(" 2/5 ")).isEqualTo(new Shard(2, 5));
        assertThat(Shard.parse("0/1")).isEqualTo(Shard.ALL);
        assertThatThrownBy(() -> Shard.parse("5/5")).isInstanceOf(PgdriftException.class)
                .hasMessageContaining("0 <= K < N");
        assertThatThrownBy(() -> Shard.parse("1/0")).hasMessageContaining("N >= 1");
        assertThatThrownBy(() -> Shard.parse("-1/4")).hasMessageContaining("0 <= K < N");
        assertThatThrownBy(() -> Shard.parse("3")).hasMessageContaining("is not K/N");
        assertThatThrownBy(() -> Shard.parse("a/b")).hasMessageContaining("whole numbers");
    }
}
