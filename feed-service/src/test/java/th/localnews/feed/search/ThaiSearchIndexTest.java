package th.localnews.feed.search;

import static org.assertj.core.api.Assertions.assertThat;
import static th.localnews.feed.search.Stories.story;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThaiSearchIndexTest {

    private static final Clock CLOCK = Clock.fixed(Stories.NOW, ZoneOffset.UTC);

    private final ThaiSearchIndex index = ThaiSearchIndex.inMemory(SearchSettings.defaults(), CLOCK);

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<String> ids(String query) {
        return index.search(query, 10, null).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void indexesAStoryWhoseEveryFieldHoldsALongForm() {
        index.upsert(story("1").title("ทต.บ้านทุ่ม เปิดศูนย์เด็กเล็กแห่งใหม่ 1a2b3c")
                .summary("เทศบาลตำบลบ้านทุ่มเปิดศูนย์พัฒนาเด็กเล็กรับเด็ก 60 คน")
                .body("<p>ศูนย์ใหม่เปิดรับสมัครตั้งแต่วันนี้</p>").tags("การศึกษา").provinces("TH-40")
                .units("ทต.บ้านทุ่ม").build());

        assertThat(ids("ทต.บ้านทุ่ม")).containsExactly("1");
        assertThat(ids("เทศบาลตำบลบ้านทุ่ม ศูนย์เด็กเล็ก")).containsExactly("1");
    }

    @Test
    void findsAStoryWrittenWithTheAbbreviationByTheLongFormAndTheOtherWayRound() {
        index.upsert(story("short").title("ทน.ขอนแก่น อนุมัติงบซ่อมถนน").build());
        index.upsert(story("long").title("เทศบาลนครขอนแก่นเปิดสวนสาธารณะ").build());
        index.upsert(story("other").title("เทศบาลเมืองน่านเปิดสวนสาธารณะ").build());

        assertThat(ids("เทศบาลนครขอนแก่น")).containsExactlyInAnyOrder("short", "long");
        assertThat(ids("ทน.ขอนแก่น")).containsExactlyInAnyOrder("short", "long");
    }

    @Test
    void findsAnAbbreviationOnlyWhereItsWholeLongFormStands() {
        index.upsert(story("short").title("นายก อบจ.ขอนแก่น เปิดงานกาชาด").build());
        index.upsert(story("long").title("นายกองค์การบริหารส่วนจังหวัดขอนแก่นตรวจถนน").build());
        // นายก, องค์การ, บริหาร, ส่วน: four of the five words of นายก องค์การบริหารส่วนจังหวัด, but an อบต.
        index.upsert(story("other").title("นายก อบต.ท่าพระ ลงพื้นที่ตรวจถนน").build());

        assertThat(ids("นายก อบจ.")).containsExactlyInAnyOrder("short", "long");
    }

    @Test
    void findsAProvincialCouncillorByEveryNameTheOfficeGoesBy() {
        index.upsert(story("sj").title("ส.จ.ขอนแก่นลงพื้นที่แจกถุงยังชีพ").build());
        index.upsert(story("said").body("<p>ประกาศรับรองผลสมาชิกสภาจังหวัดครบทุกเขต</p>").build());
        index.upsert(story("official").title("สมาชิกสภาองค์การบริหารส่วนจังหวัดประชุมงบประมาณ").build());

        assertThat(ids("ส.อบจ.")).containsExactlyInAnyOrder("sj", "said", "official");
        assertThat(ids("ส.จ.")).containsExactlyInAnyOrder("sj", "said", "official");
    }

    @Test
    void findsTheBodiesThatOverseeLocalGovernmentByTheirAbbreviationAndByTheirName() {
        index.upsert(story("nacc").title("ป.ป.ช. ชี้มูลความผิดนายก อบต.หนองบัว กรณีจัดซื้อเครื่องออกกำลังกาย").build());
        index.upsert(story("nacc-full").body("<p>คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติลงพื้นที่ตรวจถนน</p>").build());
        index.upsert(story("ect").title("กกต.เชียงรายเตรียมจัดการเลือกตั้งนายก อบจ.").build());
        index.upsert(story("oag").summary("สำนักงานการตรวจเงินแผ่นดินพบงบประมาณของ อปท. ใช้ไม่ตรงระเบียบ").build());
        index.upsert(story("dla").title("สถ.แจ้งเวียนหลักเกณฑ์เบี้ยยังชีพ มท.กำชับจ่ายตรงเวลา").build());
        index.upsert(story("headman").title("ผญบ.บ้านนาดีรณรงค์กำจัดลูกน้ำยุงลาย").build());

        assertThat(ids("ป.ป.ช.")).containsExactlyInAnyOrder("nacc", "nacc-full");
        assertThat(ids("ปปช")).containsExactlyInAnyOrder("nacc", "nacc-full");
        assertThat(ids("คณะกรรมการการเลือกตั้ง")).containsExactly("ect");
        assertThat(ids("สตง.")).containsExactly("oag");
        assertThat(ids("องค์กรปกครองส่วนท้องถิ่น")).containsExactly("oag");
        assertThat(ids("กรมส่งเสริมการปกครองท้องถิ่น")).containsExactly("dla");
        assertThat(ids("กระทรวงมหาดไทย")).containsExactly("dla");
        assertThat(ids("ผู้ใหญ่บ้าน")).containsExactly("headman");
    }

    @Test
    void leavesAWordAloneThatMerelyBeginsWithTheLettersOfAnAbbreviation() {
        index.upsert(story("station").title("สถานีขนส่งแห่งใหม่เปิดให้บริการ").build());
        index.upsert(story("grateful").title("มอบรางวัลลูกกตัญญูประจำปี").build());

        assertThat(ids("สถานี")).containsExactly("station");
        assertThat(ids("กรมส่งเสริมการปกครองท้องถิ่น")).isEmpty();
        assertThat(ids("ลูกกตัญญู")).containsExactly("grateful");
        assertThat(ids("คณะกรรมการการเลือกตั้ง")).isEmpty();
    }

    @Test
    void findsANameTheDictionaryLacksWhateverSurroundsIt() {
        index.upsert(story("1").title("ยูเนสโกรับรองเมืองโบราณศรีเทพเป็นมรดกโลก").build());
        index.upsert(story("2").body("<p>องค์การยูเนสโกประกาศรายชื่อใหม่</p>").build());
        index.upsert(story("3").title("อุทยานธรณีโลก Satun UNESCO Global Geopark").build());

        assertThat(ids("ยูเนสโก")).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(ids("ศรีเทพ")).containsExactly("1");
    }

    @Test
    void findsAStoryByTheThaiNameOfItsProvinceCode() {
        index.upsert(story("1").title("ถนนใหม่เปิดใช้").provinces("TH-40").build());
        assertThat(ids("ขอนแก่น")).containsExactly("1");
    }

    @Test
    void highlightsTheTitleAndASnippetOfTheBody() {
        index.upsert(story("1").title("ทน.ขอนแก่น อนุมัติงบ 45 ล้านบาท")
                .summary("สภาเทศบาลมีมติเห็นชอบ")
                .body("<p>สภาเทศบาลนครขอนแก่นมีมติอนุมัติงบประมาณ</p><script>alert(1)</script><p>A &amp; B</p>")
                .build());

        SearchHit hit = index.search("เทศบาลนครขอนแก่น", 10, null).hits().get(0);

        assertThat(hit.title()).isEqualTo("<mark>ทน.ขอนแก่น</mark> อนุมัติงบ 45 ล้านบาท");
        assertThat(hit.snippet()).isEqualTo("สภา<mark>เทศบาลนครขอนแก่น</mark>มีมติอนุมัติงบประมาณ A &amp; B");
        assertThat(hit.publishedAt()).isEqualTo(Stories.NOW.minusSeconds(86_400));
        assertThat(hit.score()).isPositive();
    }

    @Test
    void marksNamesTheDictionaryLacksAndSpellingVariantsWhereTheyStand() {
        index.upsert(story("1").title("องค์การยูเนสโกประกาศรายชื่อใหม่").build());
        index.upsert(story("2").title("ถนนสายบ้านโนนทัน–บ้านหนองผือชำรุดหนัก").build());
        index.upsert(story("3").title("Satun UNESCO Global Geopark").build());

        assertThat(index.search("ยูเนสโก", 10, null).hits()).extracting(SearchHit::title)
                .containsExactlyInAnyOrder("องค์การ<mark>ยูเนสโก</mark>ประกาศรายชื่อใหม่",
                        "Satun <mark>UNESCO</mark> Global Geopark");
        assertThat(index.search("ถนนชำรุด", 10, null).hits()).singleElement().extracting(SearchHit::title)
                .isEqualTo("<mark>ถนน</mark>สายบ้านโนนทัน–บ้านหนองผือ<mark>ชำรุด</mark>หนัก");
    }

    @Test
    void matchesALetterRunOnlyWhereItsLettersStandTogether() {
        // ขอนแก่น is looked for as the bigrams ขอ·นแ·ก่·่น at positions 0, 2, 4, 5: here ขอ ends one run and นแก่น
        // starts the next, which a one-position hole between runs would let the sparse phrase step across.
        index.upsert(story("split").title("ชาวบ้านร้องขอ นแก่นกลางถนน").build());
        index.upsert(story("whole").title("ขอนแก่นเปิดสวนสาธารณะ").build());

        assertThat(ids("ขอนแก่น")).containsExactly("whole");
    }

    @Test
    void findsAQueryWordGluedToAnUnknownNameInATitleAmongManyOtherMatches() {
        // more stories than ThaiSearchIndex.FEW_HITS match the words, so only the first, narrow query runs
        for (int i = 0; i < ThaiSearchIndex.FEW_HITS + 20; i++) {
            index.upsert(story("plain" + i).title("ถนนในหมู่บ้านชำรุด ตอนที่ " + i).daysOld(1).build());
        }
        index.upsert(story("glued").title("ถนนสายบ้านโนนทัน–บ้านหนองผือชำรุดหนัก").daysOld(0).build());

        List<String> found = new ArrayList<>();
        String cursor = null;
        do {
            SearchPage page = index.search("ถนนชำรุด", 50, cursor);
            page.hits().forEach(hit -> found.add(hit.id()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(found).hasSize(ThaiSearchIndex.FEW_HITS + 21).contains("glued");
    }

    @Test
    void replacesAStoryOnUpsertAndForgetsItOnDelete() {
        index.upsert(story("1").title("น้ำท่วมขังถนนมิตรภาพ").build());
        index.upsert(story("1").title("น้ำท่วมขังถนนศรีจันทร์").build());
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search("น้ำท่วม", 10, null).hits()).singleElement()
                .extracting(SearchHit::title).asString().contains("ศรีจันทร์");

        index.delete("1");
        index.delete("never-indexed");
        assertThat(ids("น้ำท่วม")).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void aScratchIndexStartsEmptyInANewDirectoryAndRemovesItWhenClosed() throws Exception {
        Set<Path> before = scratchDirectories();
        ThaiSearchIndex first = ThaiSearchIndex.scratch(SearchSettings.defaults(), CLOCK);
        ThaiSearchIndex second = ThaiSearchIndex.scratch(SearchSettings.defaults(), CLOCK);
        first.upsert(story("1").title("น้ำท่วมขังถนนมิตรภาพ").build());
        assertThat(first.search("น้ำท่วม", 10, null).hits()).extracting(SearchHit::id).containsExactly("1");
        assertThat(second.size()).as("a second one shares nothing").isZero();
        Set<Path> made = scratchDirectories();
        made.removeAll(before);
        assertThat(made).hasSize(2);

        first.close();
        second.close();
        assertThat(made).allSatisfy(dir -> assertThat(dir).doesNotExist());
    }

    private static Set<Path> scratchDirectories() throws Exception {
        try (var listing = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return listing.filter(p -> p.getFileName().toString().startsWith("localnews-search-"))
                    .collect(java.util.stream.Collectors.toCollection(HashSet::new));
        }
    }

    @Test
    void pagesThroughAllHitsWithTheCursor() {
        for (int i = 0; i < 25; i++) {
            index.upsert(story("s" + i).title("ขยะล้นเมือง ตอนที่ " + i).daysOld(i).build());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchPage page = index.search("ขยะ", 10, cursor);
            assertThat(page.totalHits()).isEqualTo(25);
            page.hits().forEach(hit -> seen.add(hit.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo("s0");
    }

    @Test
    void returnsAnEmptyPageWhenNothingMatches() {
        index.upsert(story("1").title("ขยะล้นเมือง").build());
        SearchPage page = index.search("ทุเรียน", 10, null);
        assertThat(page.hits()).isEmpty();
        assertThat(page.nextCursor()).isNull();
        assertThat(index.search("!!! ???", 10, null).hits()).isEmpty();
    }

    @Test
    void searchesSeeEveryWriteThatFinishedBeforeThemUnderConcurrentLoad() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int w = writer;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        String id = w + "-" + i;
                        index.upsert(story(id).title("งานบุญบั้งไฟ ครั้งที่ " + i).build());
                        assertThat(index.search("บุญบั้งไฟ", 50, null).totalHits()).isPositive();
                    }
                }));
            }
            for (int reader = 0; reader < 2; reader++) {
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        assertThat(index.search("บั้งไฟ \"*:(", 10, null)).isNotNull();
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(40);
        assertThat(index.search("บุญบั้งไฟ", 50, null).totalHits()).isEqualTo(40);
    }

    @Test
    void aSearchThatWaitedForAnotherThreadsReopenStillSeesItsOwnWrites() throws Exception {
        int threads = 6;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int writer = 0; writer < threads; writer++) {
                int w = writer;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        index.upsert(story(w + "-" + i).title("งานบุญบั้งไฟ ครั้งที่ " + i).build());
                        // every thread reopens at once, so most searches wait for a reopen another thread began
                        assertThat(index.search("บุญบั้งไฟ", 1, null).totalHits()).isGreaterThanOrEqualTo(i + 1);
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.search("บุญบั้งไฟ", 1, null).totalHits()).isEqualTo(threads * each);
    }

    @Test
    void mergesIntoOneSegmentWhileKeepingEveryStoryFindable() {
        for (int i = 0; i < 30; i++) {
            index.upsert(story("s" + i).title("ขยะล้นเมือง ตอนที่ " + i).build());
            index.refresh(); // a reopen after each write flushes a segment of its own
        }
        assertThat(index.segments()).isGreaterThan(1);

        index.forceMerge(1);

        assertThat(index.segments()).isEqualTo(1);
        assertThat(index.search("ขยะ", 50, null).totalHits()).isEqualTo(30);
    }

    @Test
    void refreshMakesTheWritesSoFarVisible() {
        index.upsert(story("1").title("งานบุญบั้งไฟ").build());
        index.refresh();
        index.refresh();
        assertThat(index.size()).isEqualTo(1);
        assertThat(ids("บุญบั้งไฟ")).containsExactly("1");
    }

    @Test
    void keepsCommittedStoriesAndCommitDataOnDisk(@TempDir Path dir) throws Exception {
        try (ThaiSearchIndex onDisk = ThaiSearchIndex.onDisk(dir, SearchSettings.defaults(), CLOCK)) {
            assertThat(onDisk.committedData()).isEmpty();
            onDisk.upsert(story("1").title("ผีตาโขนด่านซ้าย").build());
            onDisk.commit(Map.of("article-events-0", "42"));
        }
        try (ThaiSearchIndex reopened = ThaiSearchIndex.onDisk(dir, SearchSettings.defaults(), CLOCK)) {
            assertThat(reopened.committedData()).containsEntry("article-events-0", "42");
            Set<String> found = new HashSet<>();
            reopened.search("ผีตาโขน", 10, null).hits().forEach(hit -> found.add(hit.id()));
            assertThat(found).containsExactly("1");
        }
    }
}
