#pragma once

#include <QString>
#include <QStringList>

namespace mailflow {

/** The languages Mailflow is translated into (a translation is built in), by their code ("de"), English
 *  first. */
QStringList availableLanguages();
/** The language's own name ("Deutsch"), for a choice in the window. */
QString languageName(const QString &code);
/** The value of --lang CODE or --lang=CODE in argv, empty when there is none; read before the
 *  translations are installed, so that --help is already in that language. */
QString languageFromArguments(int argc, char *argv[]);
/** The language to use: code when it is one of availableLanguages(), else the system locale's when it is
 *  one, else English. */
QString chooseLanguage(const QString &code);
/**
 * Installs Mailflow's translations (built in) and Qt's own (qtbase, from Qt's translations folder where
 * installed) for the language, and makes its locale the default one, so numbers, dates and sizes follow
 * it. Call once, after the application object exists. Returns the language used.
 */
QString installTranslations(const QString &code);

} // namespace mailflow
