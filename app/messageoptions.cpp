#include "messageoptions.h"

#include "clioptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace mailflow {

namespace {
/** Why the file cannot be sent; empty when it can be read. */
QString unreadable(const QString &path)
{
    if (QFileInfo(path).isDir())
        return MessageCliOptions::tr("it is a folder");
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString() : file.errorString();
}
} // namespace

MessageCliOptions::MessageCliOptions()
    : m_attach(QStringLiteral("attach"),
               tr("Send this file as an attachment after the text (MIME, base64); repeatable."), tr("file"))
    , m_data(QStringLiteral("data"),
             tr("Send this file (- for standard input) as the complete message, with its own headers "
                "(--body @FILE --raw-message does the same)."),
             tr("file"))
{ }

void MessageCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_attach, m_data});
}

bool MessageCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (options->runsProfiles()) {
        for (const QCommandLineOption *o : {&m_attach, &m_data}) {
            if (parser.isSet(*o)) {
                *error
                    = tr("--profile runs the test saved in the profile: leave out --%1.").arg(o->names().constLast());
                return false;
            }
        }
        return true;
    }
    MessageSpec &message = options->session.message;
    if (parser.isSet(m_data)) {
        if (!message.bodyText.isEmpty() || !message.bodyFile.isEmpty() || options->bodyFromStdin) {
            *error = tr("Give --data or --body, not both.");
            return false;
        }
        const QString file = parser.value(m_data);
        if (file == u"-" && !options->evidence.saveProfile.isEmpty()) {
            *error = tr("--save-profile cannot keep a message from standard input: give --data FILE.");
            return false;
        }
        const QString why = file == u"-" ? QString() : unreadable(file);
        if (!why.isEmpty()) {
            *error = tr("--data: cannot read %1: %2").arg(file, why);
            return false;
        }
        if (file == u"-")
            options->bodyFromStdin = true;
        else
            message.bodyFile = file;
        message.rawMessage = true;
    }
    if (!parser.isSet(m_attach))
        return true;
    if (message.rawMessage) {
        *error = tr("--attach cannot add to a complete message (--data or --raw-message).");
        return false;
    }
    for (const QString &path : parser.values(m_attach)) {
        const QString why = unreadable(path);
        if (!why.isEmpty()) {
            *error = tr("--attach: cannot read %1: %2").arg(path, why);
            return false;
        }
        // A saved profile finds the file wherever it is run from.
        message.attachments << QFileInfo(path).absoluteFilePath();
    }
    return true;
}

} // namespace mailflow
