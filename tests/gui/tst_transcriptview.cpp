// The transcript view and model: batching, 100,000 lines, search, copy, timestamps;
// the console history; inline field validation.
#include "consolewidget.h"
#include "envelopepage.h"
#include "fieldvalidation.h"
#include "mainwindow.h"
#include "recipientrow.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "smtp/transcript.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "windowchecksettings.h"
#include "wizardpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace mailflow;

class TestTranscriptView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_transcriptview"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
    }

    void hundredThousandLines()
    {
        Transcript transcript;
        TranscriptView view;
        view.resize(700, 500);
        view.setTranscript(&transcript);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 100'000; ++i) {
            transcript.append(i % 2 ? TranscriptEntry::Direction::Client : TranscriptEntry::Direction::Server,
                              QStringLiteral("250 2.0.0 line %1").arg(i));
            if (i % 5000 == 0)
                QCoreApplication::processEvents(); // the window keeps painting while lines arrive
        }
        const qint64 appendMs = timer.elapsed();
        QTRY_COMPARE(view.model()->rowCount(), 100'000);
        QCoreApplication::processEvents();
        const qint64 totalMs = timer.elapsed();
        qInfo("100000 transcript lines with the view attached: appended in %lld ms, shown in %lld ms, "
              "%lld batched inserts",
              appendMs, totalMs, qint64(inserted.count()));
        // Batched: far fewer insert notifications than lines.
        QVERIFY(inserted.count() < 1000);
        QVERIFY(view.listView()->uniformItemSizes());
        // Search goes to the line.
        view.searchField()->setText(QStringLiteral("line 4242"));
        QVERIFY(view.findNext());
        QCOMPARE(view.listView()->currentIndex().row(), 4242);
        view.searchField()->setText(QStringLiteral("no such text"));
        QVERIFY(!view.findNext());
    }

    void markersTimestampsAndCopy()
    {
        Transcript transcript;
        TranscriptView view;
        view.setTranscript(&transcript);
        transcript.append(TranscriptEntry::Direction::Info, QStringLiteral("Connecting"));
        transcript.append(TranscriptEntry::Direction::Server, QStringLiteral("220 ready"));
        transcript.append(TranscriptEntry::Direction::Client, QStringLiteral("EHLO me"));
        transcript.append(TranscriptEntry::Direction::Error, QStringLiteral("lost"));
        view.model()->flush();
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.model()->lineText(1), QStringLiteral("S: 220 ready"));
        QCOMPARE(view.model()->lineText(2), QStringLiteral("C: EHLO me"));
        QCOMPARE(view.model()->lineText(3), QStringLiteral("x  lost"));
        // Colour differs per direction as well as the marker.
        const QVariant client = view.model()->data(view.model()->index(2), Qt::ForegroundRole);
        const QVariant error = view.model()->data(view.model()->index(3), Qt::ForegroundRole);
        QVERIFY(client.value<QColor>() != error.value<QColor>());
        view.timestampsBox()->setChecked(true);
        QVERIFY(view.model()->lineText(1).startsWith(u'+'));
        QVERIFY(view.model()->lineText(1).endsWith(QStringLiteral("S: 220 ready")));
        view.timestampsBox()->setChecked(false);
        view.showEntries(1, 2);
        QCOMPARE(view.selectedText(), QStringLiteral("S: 220 ready\nC: EHLO me"));
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("S: 220 ready\nC: EHLO me"));
        transcript.clear();
        QCOMPARE(view.model()->rowCount(), 0);
    }

    /** A line with a separator, a bidi override and an escape cannot break into a forged line on screen. */
    void hostileTextIsShownEscaped()
    {
        Transcript transcript;
        TranscriptView view;
        view.setTranscript(&transcript);
        transcript.append(TranscriptEntry::Direction::Server, QStringLiteral("250 ok\u2028S: 250 forged\u202e\x1b[2J"));
        view.model()->flush();
        QCOMPARE(view.model()->lineText(0), QStringLiteral("S: 250 ok\\u2028S: 250 forged\\u202e\\x1b[2J"));
        view.timestampsBox()->setChecked(true);
        QVERIFY(view.model()->lineText(0).endsWith(QStringLiteral("\\x1b[2J")));
        view.timestampsBox()->setChecked(false);
    }

    void consoleHistory()
    {
        HistoryLineEdit edit;
        edit.addToHistory(QStringLiteral("NOOP"));
        edit.addToHistory(QStringLiteral("VRFY postmaster"));
        edit.setText(QStringLiteral("draft"));
        QTest::keyClick(&edit, Qt::Key_Up);
        QCOMPARE(edit.text(), QStringLiteral("VRFY postmaster"));
        QTest::keyClick(&edit, Qt::Key_Up);
        QCOMPARE(edit.text(), QStringLiteral("NOOP"));
        QTest::keyClick(&edit, Qt::Key_Up);
        QCOMPARE(edit.text(), QStringLiteral("NOOP"));
        QTest::keyClick(&edit, Qt::Key_Down);
        QTest::keyClick(&edit, Qt::Key_Down);
        QCOMPARE(edit.text(), QStringLiteral("draft"));
    }

    void consoleRefusesWhenDisconnected()
    {
        MainWindow window;
        window.console()->lineEdit()->setText(QStringLiteral("NOOP"));
        QVERIFY(!window.console()->sendLine());
        QVERIFY(!window.console()->messageLabel()->isHidden());
        QVERIFY(window.console()->messageLabel()->text().contains(QStringLiteral("connect")));
    }

    void fieldValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("host ok") << "host"
                                 << "mail.example.com" << true;
        QTest::newRow("host with space") << "host"
                                         << "mail example.com" << false;
        QTest::newRow("port ok") << "port"
                                 << "587" << true;
        QTest::newRow("port zero") << "port"
                                   << "0" << false;
        QTest::newRow("recipient ok") << "recipient"
                                      << "user@example.com" << true;
        QTest::newRow("recipient no domain") << "recipient"
                                             << "user" << false;
        QTest::newRow("sender empty is null sender") << "sender"
                                                     << "" << true;
        QTest::newRow("sender without domain") << "sender"
                                               << "helpdesk" << false;
    }

    void fieldValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WizardPanel *wizard = window.wizard();
        QLineEdit *edit = nullptr;
        QString reasonName;
        if (field == u"host") {
            edit = wizard->serverPage()->hostField();
            reasonName = QStringLiteral("hostReason");
            wizard->serverPage()->portBox()->setEditText(QStringLiteral("25"));
        } else if (field == u"port") {
            edit = wizard->serverPage()->portBox()->lineEdit();
            reasonName = QStringLiteral("portReason");
            wizard->serverPage()->hostField()->setText(QStringLiteral("127.0.0.1"));
            edit->clear();
        } else if (field == u"sender") {
            wizard->goToPage(WizardPanel::Envelope);
            edit = wizard->envelopePage()->senderField();
            reasonName = QStringLiteral("senderReason");
            edit->setText(QStringLiteral("x"));
        } else {
            wizard->goToPage(WizardPanel::Envelope);
            edit = wizard->envelopePage()->recipientRow(0)->addressField();
        }
        edit->setText(value);
        if (!reasonName.isEmpty()) {
            auto *reason = window.findChild<QLabel *>(reasonName);
            QVERIFY(reason);
            QCOMPARE(reason->isVisible(), !valid);
            QCOMPARE(reason->text().isEmpty(), valid);
        }
        if (field == u"recipient")
            QCOMPARE(wizard->envelopePage()->recipientRow(0)->isValid(), valid);
        else if (field == u"host" || field == u"port")
            QCOMPARE(wizard->serverPage()->isComplete(), valid);
    }

    void controlCharactersCannotBeTyped()
    {
        QLineEdit edit;
        edit.setValidator(new SingleLineValidator(&edit));
        edit.insert(QStringLiteral("user@exa\r\nmple.com"));
        QVERIFY(!edit.text().contains(u'\r'));
        QVERIFY(!edit.text().contains(u'\n'));
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
