// The "test all MX" matrix compares an MX's IPv4 and IPv6 rows: where one family fails while the other
// passes, the failing rows say so in words with the warning icon, and the dialog gives the usual causes.
// Fake transports: no socket is opened.
#include "fakereplies.h"
#include "faketransport.h"
#include "mx/mxtestrunner.h"
#include "mxmatrixdialog.h"
#include "mxmatrixmodel.h"
#include "smtp/transportfactory.h"

#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace mailflow;
using mailflow::test::FakeTransport;
using namespace Qt::StringLiterals;

namespace {

/** Fakes that greet and accept every command, but refuse RCPT from an address of the family given. */
class FamilyFactory : public TransportFactory
{
public:
    explicit FamilyFactory(QAbstractSocket::NetworkLayerProtocol refused)
        : m_refused(refused)
    { }
    Transport *createTransport(QObject *parent) override
    {
        auto *transport = new FakeTransport(parent);
        test::replyLikeAServer(transport, [this, transport](const QByteArray &bytes) -> QByteArray {
            const bool refused = QHostAddress(transport->lastHost()).protocol() == m_refused;
            if (bytes.startsWith("QUIT"))
                return "221 Bye\r\n";
            if (bytes.startsWith("RCPT") && refused)
                return "550 5.7.1 [2001:db8::5] The IP you're using to send mail is not authorized: no PTR record\r\n";
            return "250 Ok\r\n";
        });
        return transport;
    }

private:
    QAbstractSocket::NetworkLayerProtocol m_refused;
};

MxLookupResult lookupOf(const QList<QHostAddress> &first, const QList<QHostAddress> &second = {})
{
    MxLookupResult lookup;
    lookup.input = lookup.domain = u"example.test"_s;
    lookup.outcome = MxLookupResult::Outcome::Ok;
    MxHost host;
    host.preference = 10;
    host.name = u"mx1.example.test"_s;
    host.addresses = first;
    lookup.hosts << host;
    if (!second.isEmpty()) {
        host.preference = 20;
        host.name = u"mx2.example.test"_s;
        host.addresses = second;
        lookup.hosts << host;
    }
    return lookup;
}

SessionOptions options()
{
    SessionOptions o;
    o.tls.mode = TlsMode::Off;
    o.mailFrom = u"a@example.test"_s;
    o.recipients = {Recipient {u"b@example.test"_s, {}, {}}};
    return o;
}

/** The Address cells: "text|mismatch". */
QStringList addressCells(const MxMatrixDialog &dialog)
{
    QStringList cells;
    const QAbstractItemModel *model = dialog.matrixView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex address = model->index(row, 1);
        cells << address.data().toString() + u'|'
                + (address.data(MxMatrixModel::FamilyMismatchRole).toBool() ? u"mismatch"_s : u"-"_s);
    }
    return cells;
}
} // namespace

class TestMxFamilies : public QObject
{
    Q_OBJECT

    static bool run(MxMatrixDialog &dialog, const MxLookupResult &lookup)
    {
        dialog.runner()->setReverseDns(false);
        QSignalSpy finished(dialog.runner(), &MxTestRunner::finished);
        dialog.start(lookup, options());
        return finished.wait(10'000);
    }

private Q_SLOTS:
    void ipv6FailsWhileIpv4Passes()
    {
        FamilyFactory factory(QAbstractSocket::IPv6Protocol);
        MxMatrixDialog dialog(nullptr, &factory);
        const QHostAddress v4(u"127.0.0.2"_s);
        const QHostAddress v6(u"::1"_s);
        QVERIFY(run(dialog, lookupOf({v4, v6})));
        const QStringList cells = addressCells(dialog);
        QVERIFY2(cells.contains(u"127.0.0.2|-"_s), qPrintable(cells.join(u'\n')));
        QVERIFY2(cells.contains(u"::1 — fails over IPv6, passes over IPv4|mismatch"_s), qPrintable(cells.join(u'\n')));
        // Not colour alone: the icon and the causes in the tooltip.
        const QAbstractItemModel *model = dialog.matrixView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex address = model->index(row, 1);
            if (!address.data(MxMatrixModel::FamilyMismatchRole).toBool())
                continue;
            QVERIFY(!address.data(Qt::DecorationRole).isNull());
            QVERIFY(address.data(Qt::ToolTipRole).toString().contains(u"PTR"_s));
        }
        QVERIFY2(dialog.verdictLabel()->text().contains(u"passes over IPv4 but fails over IPv6"_s),
                 qPrintable(dialog.verdictLabel()->text()));
    }

    void ipv4FailsWhileIpv6Passes()
    {
        FamilyFactory factory(QAbstractSocket::IPv4Protocol);
        MxMatrixDialog dialog(nullptr, &factory);
        QVERIFY(run(dialog, lookupOf({QHostAddress(u"127.0.0.2"_s), QHostAddress(u"::1"_s)})));
        QVERIFY2(addressCells(dialog).contains(u"127.0.0.2 — fails over IPv4, passes over IPv6|mismatch"_s),
                 qPrintable(addressCells(dialog).join(u'\n')));
        QVERIFY(addressCells(dialog).contains(u"::1|-"_s));
    }

    void noHighlightAcrossHosts()
    {
        // mx1 has only IPv4 and passes, mx2 only IPv6 and fails: two hosts, nothing to compare.
        FamilyFactory factory(QAbstractSocket::IPv6Protocol);
        MxMatrixDialog dialog(nullptr, &factory);
        QVERIFY(run(dialog, lookupOf({QHostAddress(u"127.0.0.2"_s)}, {QHostAddress(u"::1"_s)})));
        for (const QString &cell : addressCells(dialog))
            QVERIFY2(cell.endsWith(u"|-"_s), qPrintable(cell));
        QCOMPARE(dialog.verdictLabel()->text(), dialog.runner()->deliveryVerdict().explanation);
    }
};

QTEST_MAIN(TestMxFamilies)
#include "tst_mxfamilies.moc"
