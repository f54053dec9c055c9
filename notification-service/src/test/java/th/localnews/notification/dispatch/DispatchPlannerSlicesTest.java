package th.localnews.notification.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import th.localnews.notification.subscription.SubscriptionRepository;

class DispatchPlannerSlicesTest {

    /** PostgreSQL orders uuids by their bytes: the two halves compared as unsigned numbers. */
    private static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 7, 16 })
    void slicesCoverTheWholeIdSpaceWithoutGapsOrOverlaps(int count) {
        List<UUID[]> slices = DispatchPlanner.slices(count);

        assertThat(slices).hasSize(count);
        assertThat(slices.get(0)[0]).isEqualTo(SubscriptionRepository.FIRST);
        assertThat(slices.get(count - 1)[1]).isEqualTo(new UUID(-1L, -1L));
        for (int i = 0; i < count; i++) {
            assertThat(compare(slices.get(i)[0], slices.get(i)[1])).as("slice %d is not empty", i).isNegative();
            if (i > 0) {
                assertThat(slices.get(i)[0]).as("slice %d starts after the previous one's last id", i)
                        .isEqualTo(slices.get(i - 1)[1]);
            }
        }
    }

    @Test
    void randomIdsFallIntoExactlyOneSliceAndRoughlyEvenly() {
        List<UUID[]> slices = DispatchPlanner.slices(4);
        int[] counts = new int[4];
        for (int n = 0; n < 4000; n++) {
            UUID id = UUID.randomUUID();
            int matching = 0;
            for (int i = 0; i < slices.size(); i++) {
                if (compare(id, slices.get(i)[0]) > 0 && compare(id, slices.get(i)[1]) <= 0) {
                    matching++;
                    counts[i]++;
                }
            }
            assertThat(matching).isEqualTo(1);
        }
        for (int inSlice : counts) {
            assertThat(inSlice).isBetween(800, 1200);
        }
    }
}
