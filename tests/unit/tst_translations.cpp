// The German, French and Spanish translations are complete and keep what the program fills in: lupdate
// run over the sources into a copy of each .ts file finds no string that is missing or unfinished; no
// translation drops or invents a %1 placeholder or a keyboard mnemonic; and the built-in .qm gives each
// translation back for its source, so what is committed is what the programs show.
#include "base/languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage {};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
            message.unfinished = type == u"unfinished";
            if (type == u"vanished" || type == u"obsolete")
                continue;
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text)) {
        if (numerus && m.captured() == u"%n")
            continue;
        if (!found.contains(m.captured()))
            found << m.captured();
    }
    found.sort();
    return found;
}

bool hasMnemonic(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    return text.remove(QStringLiteral("&&")).contains(mnemonic);
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MAILFLOW_TESTS_DIR "/../translations/mailflow_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    /** Every language of the project is built in and offered. */
    void everyLanguageIsBuiltIn_data() { languages_data(); }
    void everyLanguageIsBuiltIn()
    {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/mailflow_%1.qm").arg(language)));
        QVERIFY(mailflow::availableLanguages().contains(language));
    }

    /** lupdate over today's sources, into a copy of the committed file: nothing new, nothing unfinished. */
    void everySourceStringIsTranslated_data() { languages_data(); }
    void everySourceStringIsTranslated()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("mailflow_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString root = QStringLiteral(MAILFLOW_TESTS_DIR "/..");
        lupdate.start(QStringLiteral(MAILFLOW_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"), QStringLiteral("en"),
                       root + QStringLiteral("/core"), root + QStringLiteral("/ui"), root + QStringLiteral("/app"),
                       QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<TsMessage> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        QStringList missing;
        for (const TsMessage &m : messages) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if (m.unfinished || m.translations.isEmpty() || empty)
                missing << describe(m);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 strings not translated in mailflow_%3.ts (run the "
                                           "update_translations target, then translate), e.g.:\n  %4")
                                .arg(missing.size())
                                .arg(messages.size())
                                .arg(language, missing.mid(0, 15).join(QStringLiteral("\n  ")))));
    }

    /** A translation keeps every %1 (and %n in a plural) of its source, and a mnemonic where it had one. */
    void placeholdersAndMnemonicsKept_data() { languages_data(); }
    void placeholdersAndMnemonicsKept()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const TsMessage &m : messages) {
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue;
                if (placeholders(t, m.numerus) != placeholders(m.source, m.numerus))
                    wrong << describe(m) + QStringLiteral(" placeholders -> \"%1\"").arg(t);
                if (hasMnemonic(t) != hasMnemonic(m.source))
                    wrong << describe(m) + QStringLiteral(" mnemonic -> \"%1\"").arg(t);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    /** The built-in .qm answers each source with the committed translation. */
    void builtInCatalogueMatchesTheFile_data() { languages_data(); }
    void builtInCatalogueMatchesTheFile()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/mailflow_%1.qm").arg(language)));
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int checked = 0;
        for (const TsMessage &m : messages) {
            if (m.unfinished || m.numerus || m.translations.value(0).isEmpty())
                continue;
            const QString shown = translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                                       m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
            QVERIFY2(shown == m.translations.first(), qPrintable(describe(m) + QStringLiteral(" -> ") + shown));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
