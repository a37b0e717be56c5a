// The window runs the checks around the conversation as mailflow-cli does: against a scripted server that
// names our address and refuses the recipient for SPF, with the loopback DNS responder on 127.0.53.45
// (zone tests/data/dns/checks.json) as the DNS server of the checks. The findings become row groups of the
// checklist and part of the report saved from the window.
#include "checklistmodel.h"
#include "checklistview.h"
#include "checks/checkrunner.h"
#include "checks/checksettings.h"
#include "checkscripts.h"
#include "dnsresponder.h"
#include "envelopepage.h"
#include "evidence/profile.h"
#include "evidence/textreport.h"
#include "evidenceactions.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "runviewer.h"
#include "scriptedsmtpserver.h"
#include "smtp/smtpsession.h"
#include "smtpsinkfixture.h"
#include "windowchecks.h"
#include "windowchecksettings.h"
#include "wizardfill.h"
#include "wizardpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {
const QHostAddress responderAddress(u"127.0.53.45"_s);

SessionOptions optionsFor(quint16 port)
{
    SessionOptions o;
    o.host = u"127.0.0.1"_s;
    o.port = port;
    o.tls.mode = TlsMode::Off;
    o.ehloName = u"mail.client.test"_s;
    o.mailFrom = u"a@sender.test"_s;
    o.recipients = {Recipient {u"b@rcpt.test"_s, {}, {}}};
    return o;
}

/** The rows of the checklist as the window shows them: "state|step" for the check rows, headings as "#title". */
QStringList checkRows(const MainWindow &window)
{
    QStringList rows;
    const QAbstractItemModel *shown = window.checklistView()->tableView()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex step = shown->index(row, ChecklistModel::StepColumn);
        if (!step.data(ChecklistModel::CheckIdRole).isValid())
            continue;
        if (step.data(ChecklistModel::GroupHeadingRole).toBool())
            rows << u"#"_s + step.data().toString();
        else
            rows << shown->index(row, ChecklistModel::StateColumn).data().toString() + u'|'
                    + step.data(ChecklistModel::CheckIdRole).toString();
    }
    return rows;
}
} // namespace

class TestWindowChecks : public QObject
{
    Q_OBJECT
    test::DnsResponder m_responder;

    /** Runs the scripted test in window and waits for the session and every check to end. */
    static bool runTest(MainWindow &window, test::ScriptedSmtpServer &server)
    {
        server.setScript(test::spfRefusalScript());
        const quint16 port = server.start();
        if (!port)
            return false;
        window.session()->setOptions(optionsFor(port));
        QSignalSpy checksDone(window.checks()->runner(), &CheckRunner::finished);
        window.session()->startNewTest();
        window.session()->runTo(StopPoint::Quit);
        return checksDone.wait(30'000) && window.checks()->runner()->isDone();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window's history goes to the test folder
        QCoreApplication::setOrganizationName(u"MailflowTests"_s);
        QCoreApplication::setApplicationName(u"tst_windowchecks"_s);
        QSettings().clear();
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(u"checks.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
    }

    void init()
    {
        QSettings().clear();
        test::loopbackWindowChecks(responderAddress);
    }

    void cleanupTestCase() { m_responder.stop(); }

    void findingsAreRowGroups()
    {
        MainWindow window;
        QCOMPARE(window.checks()->dnsServer(), responderAddress);
        test::ScriptedSmtpServer server;
        QSignalSpy rowsAdded(window.checklistView()->model(), &QAbstractItemModel::rowsInserted);
        QVERIFY(runTest(window, server));
        QVERIFY2(server.finishedScript(), qPrintable(server.failures().join(u'\n')));

        const QStringList rows = checkRows(window);
        const QString all = rows.join(u'\n');
        // A heading per check, in the registry's order, each followed by its findings.
        QVERIFY2(rows.indexOf(u"#Your address as the server sees it"_s) >= 0, qPrintable(all));
        QVERIFY2(rows.indexOf(u"#DNS block lists"_s) > rows.indexOf(u"#Your address as the server sees it"_s),
                 qPrintable(all));
        QVERIFY2(rows.indexOf(u"#SPF of the sender domain"_s) > rows.indexOf(u"#DNS block lists"_s), qPrintable(all));
        // ZEN lists 203.0.113.5 (SBL) and SPF does not include it: failures, in words.
        QVERIFY2(rows.contains(u"Failure|blocklist"_s), qPrintable(all));
        QVERIFY2(rows.contains(u"Failure|spf"_s), qPrintable(all));
        QVERIFY2(rows.contains(u"Information|own-address"_s) || rows.contains(u"Passed|own-address"_s),
                 qPrintable(all));
        // Rows came as the checks finished, not in one piece at the end.
        QVERIFY(rowsAdded.size() > 1);

        // Every finding row has an icon and names who must act in its tooltip when someone must.
        const ChecklistModel *model = window.checklistView()->model();
        bool sawWho = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const CheckFinding *f = model->findingAt(row);
            if (!f)
                continue;
            QVERIFY(!model->index(row, ChecklistModel::StateColumn).data(Qt::DecorationRole).isNull());
            if (f->who != Actor::Nobody) {
                sawWho = true;
                QVERIFY(model->index(row, ChecklistModel::ReplyColumn)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(actorTitle(f->who)));
            }
        }
        QVERIFY(sawWho);

        // Selecting the block list finding explains it below the table, with who must act.
        for (int row = 0; row < model->rowCount(); ++row) {
            const CheckFinding *f = model->findingAt(row);
            if (f && f->checkId == u"blocklist"_s && f->severity == CheckSeverity::Failure) {
                window.checklistView()->selectRow(row);
                QVERIFY2(window.checklistView()->detailLabel()->text().contains(u"Who must act"_s),
                         qPrintable(window.checklistView()->detailLabel()->text()));
                break;
            }
        }

        // The report saved from the window has them too.
        const ReportData report = window.evidence()->currentReport();
        QVERIFY(!report.checks.isEmpty());
        QCOMPARE(report.checks, window.checks()->findings());
        const QString text = reportToText(report);
        QVERIFY2(text.contains(u"SPF of the sender domain"_s), qPrintable(text));

        // The history keeps them with the run; its run view shows them as the window did.
        const QString runId = window.evidence()->recorder()->currentRunId();
        QVERIFY(!runId.isEmpty());
        RunViewer viewer;
        QString error;
        QVERIFY2(viewer.loadRun(window.evidence()->historyDirectory(), runId, &error), qPrintable(error));
        QCOMPARE(viewer.report().checks, window.checks()->findings());
        QCOMPARE(viewer.checklistView()->model()->findings(), window.checks()->findings());

        // A new test starts with no finding rows from the last one.
        window.session()->startNewTest();
        QVERIFY(checkRows(window).isEmpty());
    }

    void switchedOffCheckDoesNotRun()
    {
        CheckSettings checks = loadCheckSettings(QSettings());
        checks.selection = CheckSelection::fromKey(u"off:blocklist,spf"_s);
        QSettings settings;
        saveCheckSettings(settings, checks);
        MainWindow window;
        test::ScriptedSmtpServer server;
        QVERIFY(runTest(window, server));
        const QStringList rows = checkRows(window);
        QVERIFY2(!rows.isEmpty(), "the other checks still run");
        for (const CheckFinding &f : window.checks()->findings()) {
            QVERIFY2(f.checkId != u"blocklist"_s, qPrintable(rows.join(u'\n')));
            QVERIFY2(f.checkId != u"spf"_s, qPrintable(rows.join(u'\n')));
        }
        QVERIFY(!rows.contains(u"#DNS block lists"_s));
    }

    void preferencesHoldTheSwitchesAndAProfileWins()
    {
        MainWindow window;
        PreferencesDialog *dialog = window.evidence()->showPreferences();
        for (const CheckRegistration &r : checkRegistry()) {
            QVERIFY2(dialog->checkSwitch(r.id), qPrintable(r.id));
            QCOMPARE(dialog->checkSwitch(r.id)->text(), checkGroupTitle(r.id));
            QVERIFY(dialog->checkSwitch(r.id)->isChecked()); // the settings of init(): only the DNS server
        }
        dialog->checkSwitch(u"blocklist"_s)->setChecked(false);
        dialog->checkSwitch(u"mta-sts"_s)->setChecked(false);
        dialog->blocklistField()->setText(u"bl.example.test, zen.spamhaus.org"_s);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->checksDnsServerField()->setText(u"not a server"_s);
        QVERIFY(!ok->isEnabled());
        dialog->checksDnsServerField()->setText(responderAddress.toString());
        QVERIFY(ok->isEnabled());
        dialog->accept();

        const CheckSettings stored = loadCheckSettings(QSettings());
        QCOMPARE(stored.selection.toKey(), u"off:blocklist,mta-sts"_s);
        QCOMPARE(stored.blocklistZones, (QStringList {u"bl.example.test"_s, u"zen.spamhaus.org"_s}));
        QCOMPARE(stored.dnsServer, responderAddress.toString());
        QVERIFY(!window.checks()->selection().isEnabled(u"blocklist"_s));
        QVERIFY(window.checks()->selection().isEnabled(u"spf"_s));
        // The dialog shows what is stored when opened again.
        PreferencesDialog *again = window.evidence()->showPreferences();
        QVERIFY(!again->checkSwitch(u"blocklist"_s)->isChecked());
        QVERIFY(again->checkSwitch(u"spf"_s)->isChecked());
        again->reject();

        // A loaded profile's selection wins over Preferences, and a profile saved from the window keeps it.
        Profile profile;
        profile.name = u"only own address"_s;
        profile.session = optionsFor(25);
        profile.checks = CheckSelection::fromKey(u"only:own-address"_s);
        window.evidence()->openProfile(profile);
        QCOMPARE(window.checks()->selection(), profile.checks);
        test::ScriptedSmtpServer server;
        QVERIFY(runTest(window, server));
        QVERIFY(!window.checks()->findings().isEmpty());
        for (const CheckFinding &f : window.checks()->findings())
            QCOMPARE(f.checkId, u"own-address"_s);
    }

    void relayCheckboxReachesTheSession()
    {
        CheckSettings checks;
        checks.selection = CheckSelection::fromKey(u"only:open-relay"_s);
        checks.dnsServer = responderAddress.toString();
        QSettings settings;
        saveCheckSettings(settings, checks);
        test::SmtpSinkFixture sink; // accepts every recipient: an open relay
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        MainWindow window;
        SessionOptions options = optionsFor(sink.port());
        options.recipients = {Recipient {u"u@example.com"_s, {}, {}}};
        fillWizard(window.wizard(), window.session(), options);
        QCheckBox *relay = window.wizard()->envelopePage()->relayCheckBox();
        QVERIFY(!relay->isChecked());
        relay->setChecked(true);
        QVERIFY(window.wizard()->collectOptions().relayCheck.enabled);
        QComboBox *stop = window.wizard()->stopBox();
        stop->setCurrentIndex(stop->findData(int(StopPoint::Rcpt)));
        QSignalSpy checksDone(window.checks()->runner(), &CheckRunner::finished);
        window.wizard()->runToEnd();
        QVERIFY(checksDone.wait(30'000));
        QVERIFY(window.session()->options().relayCheck.enabled);
        bool probed = false;
        for (const TranscriptEntry &e : window.session()->transcript()->entries())
            probed = probed || e.text == u"RCPT TO:<relay-test@mailflow-relay-check.invalid>"_s;
        QVERIFY(probed);
        const CheckFindings findings = window.checks()->findings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().checkId, u"open-relay"_s);
        QCOMPARE(findings.first().severity, CheckSeverity::Failure);
        QVERIFY(checkRows(window).contains(u"Failure|open-relay"_s));

        // A profile keeps the box; opening one without it clears it.
        Profile profile;
        profile.session = options;
        profile.session.relayCheck.enabled = true;
        window.evidence()->openProfile(profile);
        QVERIFY(relay->isChecked());
        profile.session.relayCheck.enabled = false;
        window.evidence()->openProfile(profile);
        QVERIFY(!relay->isChecked());
    }
};

QTEST_MAIN(TestWindowChecks)
#include "tst_windowchecks.moc"
