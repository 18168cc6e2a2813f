package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.ResponseSink;

/** Something that hands its responses and rejections to a sink in order and accounts for them. */
@FunctionalInterface
interface ResponseSource {

  ImportSummary stream(ResponseSink sink);
}
