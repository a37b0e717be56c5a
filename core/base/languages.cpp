#include "base/languages.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace mailflow {

namespace {

struct LanguageRow
{
    const char *code;
    const char *name;
};

constexpr LanguageRow languages[] = {
    {"en", "English"},
    {"de", "Deutsch"},
    {"fr", "Français"},
    {"es", "Español"},
};

} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    for (const LanguageRow &row : languages) {
        const QString code = QString::fromLatin1(row.code);
        if (code == u"en" || QFile::exists(QStringLiteral(":/i18n/mailflow_%1.qm").arg(code)))
            codes << code;
    }
    return codes;
}

QString languageName(const QString &code)
{
    for (const LanguageRow &row : languages)
        if (code == QLatin1StringView(row.code))
            return QString::fromUtf8(row.name);
    return code;
}

QString languageFromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            break;
        if (std::strcmp(arg, "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(arg, "--lang=", 7) == 0)
            return QString::fromLocal8Bit(arg + 7);
    }
    return {};
}

QString chooseLanguage(const QString &code)
{
    const QStringList known = availableLanguages();
    if (known.contains(code))
        return code;
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString language = wanted.section(QLatin1Char('-'), 0, 0).toLower();
        if (known.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString &code)
{
    const QString language = chooseLanguage(code);
    // The system's own locale where it speaks that language (de_AT keeps its dates), else the language's.
    const QLocale system = QLocale::system();
    const QLocale locale = system.language() == QLocale(language).language() ? system : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("mailflow"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    if (language != QLatin1StringView("en")) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return language;
}

} // namespace mailflow
