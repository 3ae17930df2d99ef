package dev.newswire.ingest;

import dev.newswire.schemas.InputFormat;

/**
 * What became of one input, as told to a {@link ProgressListener}.
 *
 * @param index 1-based position of the input in the run
 * @param total number of inputs in the run
 * @param origin the input's origin (path or "stdin")
 * @param format the format it was read as, UNKNOWN when none
 * @param articles articles read from it
 * @param rejected dead letters created for it
 */
public record InputOutcome(int index, int total, String origin, InputFormat format, int articles, int rejected) {}
