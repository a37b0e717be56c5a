// Micro-benchmarks (Google Benchmark) of the two byte-crunching loops: reading SMTP replies and
// preparing a body for DATA (CRLF line ends and dot-stuffing), reported as bytes per second.
#include "smtp/messagesource.h"
#include "smtp/replyparser.h"

#include <QTemporaryFile>

#include <benchmark/benchmark.h>

using namespace mailflow;

namespace {
QByteArray replies()
{
    // An EHLO answer and the envelope replies, as a busy server sends them.
    const QByteArray session = "250-mail.example.test Hello client.example.test [192.0.2.1]\r\n"
                               "250-SIZE 52428800\r\n250-8BITMIME\r\n250-PIPELINING\r\n250-CHUNKING\r\n"
                               "250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-DSN\r\n250 SMTPUTF8\r\n"
                               "250 2.1.0 Sender OK\r\n250 2.1.5 Recipient OK\r\n"
                               "354 Start mail input; end with <CRLF>.<CRLF>\r\n"
                               "250 2.0.0 Ok: queued as 4ABCD1234EF\r\n221 2.0.0 Bye\r\n";
    QByteArray all;
    while (all.size() < 1024 * 1024)
        all += session;
    return all;
}

void replyParsing(benchmark::State &state)
{
    const QByteArray input = replies();
    for (auto _ : state) {
        ReplyParser parser;
        // Fed as a socket delivers it, in reads of a few kB.
        for (qsizetype at = 0; at < input.size(); at += 4096) {
            parser.feed(QByteArrayView(input).sliced(at, qMin<qsizetype>(4096, input.size() - at)));
            while (parser.hasEvents())
                benchmark::DoNotOptimize(parser.takeEvent());
        }
    }
    state.SetBytesProcessed(state.iterations() * input.size());
}
BENCHMARK(replyParsing)->Unit(benchmark::kMillisecond);

void bodyPreparation(benchmark::State &state)
{
    // 8 MB of LF text lines, one in 20 starting with a dot.
    QTemporaryFile file;
    file.open();
    QByteArray body;
    for (int i = 0; body.size() < 8 * 1024 * 1024; ++i)
        body += (i % 20 ? "The quick brown fox jumps over the lazy dog 0123456789 abcdefghijklmnopqrst\n"
                        : ".A line that starts with a dot, which DATA must double for the server\n");
    file.write(body);
    file.flush();
    SessionOptions options;
    options.mailFrom = QStringLiteral("a@example.test");
    options.message.bodyFile = file.fileName();
    for (auto _ : state) {
        MessageSource source(options);
        source.open();
        qint64 sent = 0;
        while (!source.atEnd())
            sent += source.readChunk(64 * 1024).size();
        benchmark::DoNotOptimize(sent);
    }
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(bodyPreparation)->Unit(benchmark::kMillisecond);
} // namespace

BENCHMARK_MAIN();
