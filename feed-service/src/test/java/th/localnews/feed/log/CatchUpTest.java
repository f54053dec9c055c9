package th.localnews.feed.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

class CatchUpTest {

    private final TopicPartition p0 = new TopicPartition("article-events", 0);
    private final TopicPartition p1 = new TopicPartition("article-events", 1);
    private final List<Object> published = new ArrayList<>();
    private final CatchUp catchUp = new CatchUp(published::add);
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());

    @Test
    void becomesReadyOnlyWhenEveryPartitionReachedTheEndOffsetsTakenAtTheStart() {
        consumer.assign(List.of(p0, p1));
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        consumer.updateEndOffsets(Map.of(p0, 3L, p1, 2L));
        consumer.seek(p0, 3);
        consumer.seek(p1, 1);

        catchUp.check(consumer);
        assertThat(catchUp.isCaughtUp()).isFalse();

        consumer.updateEndOffsets(Map.of(p0, 9L, p1, 9L));
        consumer.seek(p1, 2);
        catchUp.check(consumer);

        assertThat(catchUp.isCaughtUp()).isTrue();
        assertThat(published).singleElement().extracting(e -> (Object) ((AvailabilityChangeEvent<?>) e).getState())
                .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void anEmptyLogIsCaughtUpAtOnceAndARestartRefusesTrafficUntilTheReplayEnds() {
        consumer.assign(List.of(p0));
        consumer.updateBeginningOffsets(Map.of(p0, 0L));
        consumer.updateEndOffsets(Map.of(p0, 0L));
        consumer.seek(p0, 0);
        catchUp.check(consumer);
        assertThat(catchUp.isCaughtUp()).isTrue();

        consumer.updateEndOffsets(Map.of(p0, 5L));
        catchUp.restart();
        catchUp.check(consumer);

        assertThat(catchUp.isCaughtUp()).isFalse();
        assertThat(published).extracting(e -> (Object) ((AvailabilityChangeEvent<?>) e).getState())
                .containsExactly(ReadinessState.ACCEPTING_TRAFFIC, ReadinessState.REFUSING_TRAFFIC);
    }

    @Test
    void waitsForAnAssignment() {
        catchUp.check(consumer);
        assertThat(catchUp.isCaughtUp()).isFalse();
    }
}
