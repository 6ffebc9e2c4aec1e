// What the Models, Usage, Settings, Model/auth and Wizard pages say, read from the live QML tree:
// a language switch reaches every page (QML and C++ model texts) without a restart, and the
// pages' own texts for the states they show.
#include "application.h"
#include "appsettings.h"
#include "apptestsupport.h"
#include "configcontroller.h"
#include "fallbackmodel.h"

#include <QApplication>
#include <QJSValue>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ClawDeskPlugin)

using namespace clawdesk;

class TestPageTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void languageSwitchIsLive();
    void removalAnswersWithUndo();
    void wizardPickerAndSummary();

private:
    QQuickItem *item(const QString &objectName) const;
    void showPage(const QString &page);

    apptest::StateDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Application> m_app;
};

namespace {
/// The fallback list names a model without credentials, so its row carries a translated warning.
const char *const NoAuthFallback = R"({
  agents: { defaults: { model: { primary: "anthropic/claude-opus-4-5", fallbacks: ["anthropic/claude-sonnet-4-5"] } } },
}
)";
} // namespace

void TestPageTexts::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ClawDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pagetexts"));
    m_dir.write(NoAuthFallback);
    Application::Options options;
    options.configPath = m_dir.paths.configPath;
    options.language = QStringLiteral("en");
    m_app = std::make_unique<Application>(options);
    QVERIFY(m_app->load());
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
}

void TestPageTexts::cleanupTestCase()
{
    m_app.reset();
}

QQuickItem *TestPageTexts::item(const QString &objectName) const
{
    // Visual children first (ScrollView moves its content under its Flickable), then QObject children.
    QList<QQuickItem *> pending{m_app->window()->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *next = pending.takeFirst();
        if (next->objectName() == objectName)
            return next;
        pending += next->childItems();
        for (QQuickItem *child : next->findChildren<QQuickItem *>(QString(), Qt::FindDirectChildrenOnly))
            if (!pending.contains(child))
                pending.append(child);
    }
    return nullptr;
}

void TestPageTexts::showPage(const QString &page)
{
    QVERIFY(m_app->window()->setProperty("currentPage", page));
    QTest::qWait(50);
}

void TestPageTexts::languageSwitchIsLive()
{
    showPage(QStringLiteral("models"));
    QQuickItem *title = item(QStringLiteral("modelsTitle"));
    QVERIFY(title);
    QCOMPARE(title->property("text").toString(), QStringLiteral("Models"));
    QQuickItem *warning = item(QStringLiteral("fallbackWarning"));
    QVERIFY(warning);
    QCOMPARE(warning->property("text").toString(),
             QStringLiteral("No credentials for this provider: this fallback will fail."));

    // Switched where the user switches it: on the Settings page, while another page keeps its items.
    showPage(QStringLiteral("settings"));
    AppSettings *settings = AppSettings::create(nullptr, nullptr);
    settings->setLanguage(QStringLiteral("nl"));
    QTRY_COMPARE(title->property("text").toString(), QStringLiteral("Modellen"));
    // A C++ model's text follows too (its rows announce the change).
    QTRY_COMPARE(warning->property("text").toString(),
                 QStringLiteral("Geen inloggegevens voor deze provider: deze fallback zal mislukken."));

    settings->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(title->property("text").toString(), QStringLiteral("Models"));
}

void TestPageTexts::removalAnswersWithUndo()
{
    showPage(QStringLiteral("models"));
    // The Feedback singleton as Main.qml sees it (its toast shows this text).
    QQmlExpression lookup(qmlContext(m_app->window()), m_app->window(), QStringLiteral("Feedback"));
    QObject *feedback = lookup.evaluate().value<QObject *>();
    QVERIFY(feedback);
    QVERIFY(m_app->config()->removeFallback(0));
    QCOMPARE(feedback->property("text").toString(),
             QStringLiteral("Fallback anthropic/claude-sonnet-4-5 removed."));
    QCOMPARE(feedback->property("actionText").toString(), QStringLiteral("Undo"));
    // The toast's action is the undo: the fallback is back.
    QJSValue action = feedback->property("action").value<QJSValue>();
    QVERIFY(action.isCallable());
    action.call();
    QCOMPARE(QString::fromUtf8(m_dir.read()), QString::fromUtf8(NoAuthFallback));
    QCOMPARE(feedback->property("text").toString(), QStringLiteral("Undone."));
}

void TestPageTexts::wizardPickerAndSummary()
{
    QVERIFY(m_app->window()->setProperty("wizardStep", 4));
    showPage(QStringLiteral("wizard"));
    // The default model is in the picker, ticked, and cannot be unticked.
    QQuickItem *picked = item(QStringLiteral("pickerDefault"));
    QVERIFY(picked);
    QVERIFY(picked->property("checked").toBool());
    QVERIFY(!picked->property("enabled").toBool());
    QVERIFY(picked->property("text").toString().endsWith(QStringLiteral(" (default)")));

    QVERIFY(m_app->window()->setProperty("wizardStep", 5));
    QTest::qWait(50);
    QQuickItem *summary = item(QStringLiteral("wizardSummary"));
    QVERIFY(summary);
    // The summary is a grid of caption, value pairs.
    QMap<QString, QString> says;
    const QList<QQuickItem *> cells = summary->childItems();
    for (qsizetype i = 0; i + 1 < cells.size(); i += 2)
        says.insert(cells.at(i)->property("text").toString(), cells.at(i + 1)->property("text").toString());
    const QString all = QStringList(says.keys()).join(QLatin1Char('|'));
    // The wizard's first choice, labelled as the onboarding table labels it.
    QCOMPARE(says.value(QStringLiteral("Sign-in")), QStringLiteral("MiniMax API key (Global)"));
    // No release known: 2026.9.6's onboarding, whose default model is MiniMax M3.
    QCOMPARE(says.value(QStringLiteral("Default model")), QStringLiteral("minimax/MiniMax-M3"));
    // Nothing ticked in the picker: the file's fallback stays, and the summary says so (not "none").
    QVERIFY2(says.contains(QStringLiteral("Fallbacks")), qPrintable(all));
    QCOMPARE(says.value(QStringLiteral("Fallbacks")), QStringLiteral("anthropic/claude-sonnet-4-5"));
    QCOMPARE(m_dir.read(), QByteArray(NoAuthFallback)); // looking writes nothing
}

QTEST_MAIN(TestPageTexts)
#include "tst_pagetexts.moc"
