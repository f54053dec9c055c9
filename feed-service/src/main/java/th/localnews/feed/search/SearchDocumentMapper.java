package th.localnews.feed.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SearchDocument} into the Lucene document: each text field twice (words and bigrams). Title,
 * summary and body are stored with a term vector of their words (with offsets), so the highlighter reads where the
 * query's words stand instead of running the Thai segmentation over every hit again.
 */
final class SearchDocumentMapper {

    static final FieldType HIGHLIGHTED = highlighted();

    private final ProvinceNames provinces;

    SearchDocumentMapper(ProvinceNames provinces) {
        this.provinces = provinces;
    }

    Document toDocument(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(SearchField.ID, source.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SearchField.ID, new BytesRef(source.id())));
        doc.add(new StringField(SearchField.SECTION, source.section(), Field.Store.YES));
        long publishedAt = source.publishedAt().toEpochMilli();
        doc.add(new NumericDocValuesField(SearchField.PUBLISHED_AT, publishedAt));
        doc.add(new StoredField(SearchField.PUBLISHED_AT, publishedAt));

        addText(doc, SearchField.TITLE, HtmlText.collapseWhitespace(source.title()), true);
        addText(doc, SearchField.SUMMARY, HtmlText.collapseWhitespace(source.summary()), true);
        addText(doc, SearchField.BODY, HtmlText.plain(source.body()), true);
        source.tags().forEach(tag -> addText(doc, SearchField.TAGS, tag, false));
        places(source).forEach(place -> addText(doc, SearchField.PLACES, place, false));
        return doc;
    }

    private List<String> places(SearchDocument source) {
        List<String> places = new ArrayList<>();
        source.provinces().forEach(p -> places.add(provinces.nameOf(p)));
        places.addAll(source.localGovernmentUnits());
        return places;
    }

    private static void addText(Document doc, SearchField field, String text, boolean highlighted) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (highlighted) {
            doc.add(new Field(field.field(), text, HIGHLIGHTED));
        } else {
            doc.add(new TextField(field.field(), text, Field.Store.NO));
        }
        doc.add(new TextField(field.bigrams(), text, Field.Store.NO));
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setStoreTermVectors(true);
        type.setStoreTermVectorOffsets(true);
        type.freeze();
        return type;
    }
}
