// The enum key tables: every value's key reads back as that value, in any case where the key is typed
// by people, and an unknown key leaves the value as it was.

#include "base/enumtable.h"
#include "diagnosis/verdict.h"
#include "evidence/reportdata.h"
#include "evidence/reportwriter.h"
#include "smtp/authenticator.h"
#include "smtp/sessionoptions.h"
#include "tls/tlsoptions.h"

#include <QTest>

using namespace mailflow;

namespace {
enum class Colour { Red, Green, Blue };
struct ColourRow
{
    Colour value;
    const char *key;
    int extra;
};
constexpr EnumName<Colour> colours[] = {{Colour::Red, "red", "Red"}, {Colour::Green, "green"}};
constexpr ColourRow colourRows[] = {{Colour::Red, "red", 1}, {Colour::Blue, "blue", 3}};

template<typename Enum, typename Key, typename Parse>
void checkRoundTrip(std::initializer_list<Enum> values, Key key, Parse parse)
{
    for (Enum value : values) {
        const QString text = key(value);
        QVERIFY2(!text.isEmpty(), "every value has a key");
        Enum back {};
        QVERIFY2(parse(text.toUpper(), &back), qPrintable(text));
        QCOMPARE(back, value);
    }
}
} // namespace

class TestEnumTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpers()
    {
        QCOMPARE(enumKey(colours, Colour::Green), QStringLiteral("green"));
        QVERIFY(enumKey(colours, Colour::Blue).isEmpty());
        QCOMPARE(QByteArray(enumTitle(colours, Colour::Red)), QByteArray("Red"));
        QVERIFY(enumTitle(colours, Colour::Green) == nullptr);
        Colour c = Colour::Blue;
        QVERIFY(parseEnumKey(colours, u"GREEN", &c));
        QCOMPARE(c, Colour::Green);
        QVERIFY(!parseEnumKey(colours, u"Red", &c, Qt::CaseSensitive));
        QCOMPARE(c, Colour::Green);
        QVERIFY(!parseEnumKey(colours, u"purple", &c));
        QCOMPARE(c, Colour::Green);
        // A row of its own shape works the same way.
        QCOMPARE(findEnum(colourRows, Colour::Blue)->extra, 3);
        QVERIFY(findEnum(colourRows, Colour::Green) == nullptr);
        QVERIFY(parseEnumKey(colourRows, u"blue", &c));
        QCOMPARE(c, Colour::Blue);
    }

    void sessionTables()
    {
        checkRoundTrip({TlsMode::Auto, TlsMode::Off, TlsMode::Optional, TlsMode::StartTls, TlsMode::Implicit},
                       tlsModeKey, parseTlsMode);
        checkRoundTrip({StopPoint::Connect, StopPoint::Ehlo, StopPoint::Auth, StopPoint::Mail, StopPoint::Rcpt,
                        StopPoint::Data, StopPoint::Quit},
                       stopPointKey, parseStopPoint);
        checkRoundTrip({AuthMechanism::None, AuthMechanism::Auto, AuthMechanism::Plain, AuthMechanism::Login,
                        AuthMechanism::CramMd5},
                       authMechanismKey, parseAuthMechanism);
        QCOMPARE(tlsModeKey(TlsMode::StartTls), QStringLiteral("starttls"));
        QCOMPARE(authMechanismKey(AuthMechanism::CramMd5), QStringLiteral("cram-md5"));
        QCOMPARE(Authenticator::mechanismName(AuthMechanism::CramMd5), QStringLiteral("CRAM-MD5"));
        QVERIFY(Authenticator::mechanismName(AuthMechanism::Auto).isEmpty());
        TlsMode mode = TlsMode::Off;
        QVERIFY(!parseTlsMode(QStringLiteral("ssl"), &mode));
        QCOMPARE(mode, TlsMode::Off);
    }

    void dsnNotifyKeywords()
    {
        DsnNotifyFlags flags;
        QVERIFY(parseDsnNotify(QStringLiteral("delay, success"), &flags, nullptr));
        QCOMPARE(mailflow::dsnNotifyKeywords(flags), QStringLiteral("SUCCESS,DELAY"));
        QVERIFY(parseDsnNotify(QStringLiteral("never"), &flags, nullptr));
        QCOMPARE(mailflow::dsnNotifyKeywords(flags), QStringLiteral("NEVER"));
        QString error;
        QVERIFY(!parseDsnNotify(QStringLiteral("SUCCESS,SOMETIMES"), &flags, &error));
        QVERIFY(error.contains(QStringLiteral("SOMETIMES")));
    }

    void reportTables()
    {
        using V = SessionOutcome::Verdict;
        for (V v : {V::NotRun, V::Passed, V::Warning, V::Failed}) {
            V back = V::NotRun;
            QVERIFY(parseVerdictKey(verdictKey(v), &back));
            QCOMPARE(back, v);
            QVERIFY(!verdictTitle(v).isEmpty());
        }
        QCOMPARE(verdictState(V::NotRun), MilestoneState::Pending);
        QCOMPARE(verdictState(V::Passed), MilestoneState::Passed);
        QCOMPARE(verdictState(V::Warning), MilestoneState::Warning);
        QCOMPARE(verdictState(V::Failed), MilestoneState::Failed);
        V verdict = V::Warning;
        QVERIFY2(!parseVerdictKey(QStringLiteral("PASSED"), &verdict), "verdict keys in JSON are exact");
        QCOMPARE(verdictKey(V::NotRun), QStringLiteral("not-run"));
        QCOMPARE(reportFormatForPath(QStringLiteral("a/b.HTM")), ReportFormat::Html);
        QCOMPARE(reportFormatForPath(QStringLiteral("run.log")), ReportFormat::Text);
        QCOMPARE(reportFormatForPath(QStringLiteral("run.doc")), ReportFormat::Unknown);
        QCOMPARE(reportFormatExtension(ReportFormat::Html), QStringLiteral("html"));
        QCOMPARE(reportFormatExtension(ReportFormat::Unknown), QStringLiteral("txt"));
    }
};

QTEST_GUILESS_MAIN(TestEnumTable)
#include "tst_enumtable.moc"
