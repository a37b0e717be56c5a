// The history reader (one JSON-lines file a run) on a damaged or hostile file.
#include "evidence/reportdata.h"
#include "smtp/checklist.h"
#include "smtp/transcript.h"
#include "store/historystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace mailflow;
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("run") + HistoryStore::fileSuffix());
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    HistoryStore store(dir.path());
    store.list();
    ReportData report;
    QString error;
    store.loadReport(QStringLiteral("run"), &report, &error);
    Transcript transcript;
    Checklist checklist;
    store.load(QStringLiteral("run"), &transcript, &checklist, &report, &error);
    return 0;
}
