package com.mastertrade.delivery.download;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a file that the requests of one download link have sent, as the log records them: whether the
 * customer has every byte of the file, by one request or by a download resumed from where it was cut.
 */
public final class SentSpans {

    private final List<long[]> spans = new ArrayList<>();

    /** {@code sent} bytes from {@code start}. */
    public SentSpans add(long start, long sent) {
        if (sent > 0) {
            spans.add(new long[] {start, start + sent});
        }
        return this;
    }

    /** Whether the spans together hold every byte of a file of {@code size} bytes. */
    public boolean coverWhole(long size) {
        long covered = 0;
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(span -> span[0]));
        for (long[] span : sorted) {
            if (span[0] > covered) {
                break;
            }
            covered = Math.max(covered, span[1]);
        }
        return covered >= size;
    }
}
