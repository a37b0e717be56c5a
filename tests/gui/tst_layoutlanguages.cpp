// The window in English, German, French and Spanish at its starting size: on every wizard page (with its
// Advanced part open) no label, button or check box is narrower than its text, none is cut by the page,
// and no page needs a horizontal scroll bar. Each page is also saved as layout-LANG-PAGE.png in the build
// folder, to be looked at.
#include "advancedsection.h"
#include "guihelpers.h"
#include "windowchecksettings.h"
#include "wizardpage.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMetaEnum>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTranslator>
#include <QtTest>

using namespace mailflow;

namespace {

QString nameOf(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (const auto *box = qobject_cast<const QGroupBox *>(w))
        text = box->title();
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text.left(60));
}

/** The width the widget's text needs, 0 where it wraps or has none. */
int neededWidth(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->wordWrap() || label->text().isEmpty())
            return 0;
        return label->minimumSizeHint().width();
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
        if (button->text().isEmpty())
            return 0;
        return button->sizeHint().width();
    }
    if (const auto *box = qobject_cast<const QGroupBox *>(w)) {
        if (box->title().isEmpty())
            return 0;
        return box->fontMetrics().horizontalAdvance(box->title()) + 2 * box->fontMetrics().averageCharWidth();
    }
    return 0;
}

/** The part of w's rectangle that lies outside one of its ancestors up to stop (a page's scroll area). */
bool cutByAncestor(const QWidget *w, const QWidget *stop)
{
    QRect rect = w->rect();
    for (const QWidget *child = w; child != stop && child->parentWidget(); child = child->parentWidget()) {
        rect.translate(child->pos());
        const QWidget *parent = child->parentWidget();
        if (!parent->rect().contains(rect))
            return true;
        if (parent == stop)
            break;
    }
    return false;
}

/** A page taller than its scroll area scrolls down to what is below the fold; sideways nothing may reach
 *  past the visible width, which no one scrolls to read a line. */
bool cutSideways(const QWidget *w, const QScrollArea *scroll)
{
    const QRect shown = QRect(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
    return shown.left() < 0 || shown.right() >= scroll->viewport()->width();
}

QStringList problemsOn(QWidget *page, QScrollArea *scroll)
{
    QStringList problems;
    if (scroll && scroll->horizontalScrollBar()->isVisible())
        problems << QStringLiteral("the page needs a horizontal scroll bar (%1 px wide content in %2 px)")
                        .arg(page->width())
                        .arg(scroll->viewport()->width());
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(page) || w->width() <= 0)
            continue;
        const int needed = neededWidth(w);
        if (needed == 0)
            continue;
        if (w->width() < needed)
            problems
                << QStringLiteral("%1 is %2 px wide, its text needs %3").arg(nameOf(w)).arg(w->width()).arg(needed);
        else if (cutByAncestor(w, scroll ? scroll->widget() : page->window()) || (scroll && cutSideways(w, scroll)))
            problems << QStringLiteral("%1 reaches outside the page").arg(nameOf(w));
    }
    return problems;
}

QScrollArea *scrollAreaOf(QWidget *page)
{
    for (QWidget *w = page->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w))
            return scroll;
    return nullptr;
}

} // namespace

class TestLayoutLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layoutlanguages"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
    }

    void noTextCutOff_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "fr", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void noTextCutOff()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != u"en") {
            QVERIFY(translator.load(QStringLiteral(":/i18n/mailflow_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const QLocale previous;
        QLocale::setDefault(QLocale(language));

        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WizardPanel *wizard = window.wizard();
        const QList<AdvancedSection *> sections = window.findChildren<AdvancedSection *>();
        for (AdvancedSection *section : sections)
            section->setOpen(true);

        QStringList problems;
        const QMetaEnum pages = QMetaEnum::fromType<WizardPanel::PageId>();
        for (int id = 0; id < WizardPanel::PageCount; ++id) {
            wizard->goToPage(id);
            QTRY_COMPARE(wizard->currentPage(), id);
            QCoreApplication::processEvents();
            QWidget *page = wizard->page(id);
            for (const QString &problem : problemsOn(page, scrollAreaOf(page)))
                problems << QStringLiteral("%1 page: %2").arg(QString::fromLatin1(pages.valueToKey(id)), problem);
            const QString file
                = QStringLiteral("layout-%1-%2.png").arg(language, QString::fromLatin1(pages.valueToKey(id)).toLower());
            QVERIFY(window.grab().save(QDir::current().filePath(file)));
        }
        QLocale::setDefault(previous);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestLayoutLanguages)
#include "tst_layoutlanguages.moc"
