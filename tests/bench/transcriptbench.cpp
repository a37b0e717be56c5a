// The live transcript view under load, for tests/bench/bench.sh: appends lines the way a fast
// server makes them arrive, or runs a whole session against a server with a big body, and prints
// the longest single stall of the event loop, the time taken and the resident memory.
//   bench_transcript lines N
//   bench_transcript session HOST PORT BODYFILE
#include "base/processmemory.h"
#include "diagnosis/catalogexplainer.h"
#include "smtp/smtpsession.h"
#include "smtp/transcript.h"
#include "smtp/transportfactory.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace mailflow;

namespace {
/** A 1 ms timer: the longest gap between two of its ticks is the longest time the loop was busy. */
class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longestNs = qMax(m_longestNs, m_sinceTick.nsecsElapsed());
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_sinceTick.start();
        m_timer.start();
    }
    double longestMs() const { return m_longestNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestNs = 0;
};

int appendLines(TranscriptView &view, Transcript &transcript, StallMeter &meter, int total)
{
    // A server answering as fast as loopback allows: bursts of 200 lines each time the loop turns.
    constexpr int Burst = 200;
    QElapsedTimer clock;
    clock.start();
    meter.start();
    int written = 0;
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &view, [&] {
        for (int i = 0; i < Burst && written < total; ++i, ++written)
            transcript.append(
                written % 2 ? Transcript::Direction::Server : Transcript::Direction::Client,
                QStringLiteral("250-line %1 of the transcript, as long as a usual reply line").arg(written));
        if (written == total) {
            feeder.stop();
            // Done once the view has every row.
            QTimer::singleShot(0, &view, [&] {
                view.model()->flush();
                QCoreApplication::processEvents();
                QCoreApplication::quit();
            });
        }
    });
    feeder.start(0);
    QApplication::exec();
    std::printf("transcript_lines %d\ntranscript_lines_ms %lld\ntranscript_lines_stall_ms %.1f\n"
                "transcript_lines_rss_kb %lld\n",
                view.model()->rowCount(), clock.elapsed(), meter.longestMs(), residentMemoryKb());
    return view.model()->rowCount() == total ? 0 : 1;
}

int runSession(TranscriptView &view, StallMeter &meter, const QString &host, quint16 port, const QString &body)
{
    SmtpSession session(socketTransportFactory()->createTransport(&view), &view);
    session.setExplainer(catalogExplainer());
    SessionOptions options;
    options.host = host;
    options.port = port;
    options.mailFrom = QStringLiteral("bench@mailflow.test");
    options.recipients = {Recipient {QStringLiteral("sink@mailflow.test"), {}, {}}};
    options.message.bodyFile = body;
    session.setOptions(options);
    view.setTranscript(session.transcript());
    QObject::connect(&session, &SmtpSession::finished, &view, [] { QCoreApplication::quit(); });
    QElapsedTimer clock;
    clock.start();
    meter.start();
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QApplication::exec();
    const QString last = session.queuedAs();
    std::printf("transcript_session_ms %lld\ntranscript_session_stall_ms %.1f\ntranscript_session_rss_kb %lld\n",
                clock.elapsed(), meter.longestMs(), residentMemoryKb());
    return last.isEmpty() ? 1 : 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    TranscriptView view;
    view.resize(900, 600);
    view.show();
    auto *meter = new StallMeter(&view);
    if (args.value(1) == u"lines") {
        Transcript transcript;
        view.setTranscript(&transcript);
        return appendLines(view, transcript, *meter, args.value(2, QStringLiteral("100000")).toInt());
    }
    if (args.value(1) == u"session" && args.size() == 5)
        return runSession(view, *meter, args.at(2), quint16(args.at(3).toUInt()), args.at(4));
    std::fprintf(stderr, "usage: bench_transcript lines N | session HOST PORT BODYFILE\n");
    return 2;
}
