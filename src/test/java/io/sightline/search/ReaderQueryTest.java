package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReaderQueryTest {

    @Test
    void translatesReaderSyntaxToSimpleQueryString() {
        assertEquals("air defence", ReaderQuery.toSimpleQueryString("air  defence"));
        assertEquals("(\"air defence\" | missile)", ReaderQuery.toSimpleQueryString("\"air defence\" OR missile"));
        assertEquals("air (defence | missile | drone) Ukraine",
                ReaderQuery.toSimpleQueryString("air defence OR missile OR drone Ukraine"));
        assertEquals("tank -Leopard", ReaderQuery.toSimpleQueryString("tank NOT Leopard"));
        assertEquals("tank -Leopard", ReaderQuery.toSimpleQueryString("tank -Leopard"));
        assertEquals("missil* Iskandr~", ReaderQuery.toSimpleQueryString("missil* Iskandr~"));
        assertEquals("a b", ReaderQuery.toSimpleQueryString("a AND b"));
    }

    @Test
    void repairsMalformedInput() {
        assertEquals("\"unbalanced phrase\"", ReaderQuery.toSimpleQueryString("\"unbalanced phrase"));
        assertEquals("", ReaderQuery.toSimpleQueryString("OR"));
        assertEquals("Putin", ReaderQuery.toSimpleQueryString("Putin OR"));
        assertEquals("", ReaderQuery.toSimpleQueryString(" - "));
        assertEquals("\"Xi Jinping\"", ReaderQuery.toSimpleQueryString("\u201CXi Jinping\u201D"));
    }
}
