// Loads the whole UI offscreen through the composition root and shows every page and wizard step;
// any QML warning (binding errors, missing properties, type errors) fails the test. Also checks
// the tray menu and a live language switch.
#include "application.h"
#include "appsettings.h"
#include "appstate.h"
#include "apptestsupport.h"
#include "configcontroller.h"
#include "gatewaybridge.h"
#include "traycontroller.h"

#include <QApplication>
#include <QMenu>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ClawDeskPlugin)

using namespace clawdesk;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const bool qml = category.startsWith(QLatin1String("qt.qml")) || category == QLatin1String("qml") ||
                     category == QLatin1String("js") || message.contains(QLatin1String(".qml")) ||
                     message.contains(QLatin1String("QML"));
    if (type >= QtWarningMsg && qml)
        g_warnings.append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestQmlPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { g_warnings.clear(); }
    void pageLoadsWithoutWarnings_data();
    void pageLoadsWithoutWarnings();
    void wizardStepsWithoutWarnings_data();
    void wizardStepsWithoutWarnings();
    void unparsableConfigShowsBanner();
    void trayMenu();
    void languageSwitchRetranslates();
    void everyPageInEveryLanguage_data();
    void everyPageInEveryLanguage();
    void stateTextsAgreeEverywhere();
    void gatewayPagePrimaryActionFollowsState();
    void feedbackToastShowsAndDismisses();
    void windowFitsTheScreen();

private:
    void showPage(const QString &page);
    /// The texts of every visible item of the window (labels, buttons, chips).
    QStringList visibleTexts() const;
    QVariant evaluate(const QString &expression) const;

    apptest::StateDir m_dir;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Application> m_app;
};

void TestQmlPages::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ClawDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_qmlpages"));
    m_dir.write(apptest::CommentedConfig);
    g_previous = qInstallMessageHandler(recordWarnings);

    Application::Options options;
    options.configPath = m_dir.paths.configPath;
    options.demo = true; // gateway activity so the log, usage chart and failover list have rows
    m_app = std::make_unique<Application>(options);
    QVERIFY(m_app->load());
    QVERIFY(m_app->window());
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

void TestQmlPages::cleanupTestCase()
{
    m_app.reset();
    qInstallMessageHandler(g_previous);
}

void TestQmlPages::showPage(const QString &page)
{
    QQuickWindow *window = m_app->window();
    QVERIFY(window->setProperty("currentPage", page));
    // Let bindings, layouts and delegates settle, then render a frame.
    QTest::qWait(50);
    QVERIFY(!window->grabWindow().isNull());
}

void TestQmlPages::pageLoadsWithoutWarnings_data()
{
    QTest::addColumn<QString>("page");
    for (const char *page : {"overview", "modelauth", "models", "gateway", "usage", "settings", "wizard"})
        QTest::addRow("%s", page) << QString::fromLatin1(page);
}

void TestQmlPages::pageLoadsWithoutWarnings()
{
    QFETCH(QString, page);
    showPage(page);
    QCOMPARE(m_app->window()->property("currentPage").toString(), page);
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

void TestQmlPages::wizardStepsWithoutWarnings_data()
{
    QTest::addColumn<int>("step");
    for (int step = 0; step <= 5; ++step)
        QTest::addRow("step %d", step) << step;
}

void TestQmlPages::wizardStepsWithoutWarnings()
{
    QFETCH(int, step);
    QVERIFY(m_app->window()->setProperty("wizardStep", step));
    showPage(QStringLiteral("wizard"));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
    QCOMPARE(m_dir.read(), QByteArray(apptest::CommentedConfig)); // looking at the summary writes nothing
}

void TestQmlPages::unparsableConfigShowsBanner()
{
    m_dir.write("{ agents: { defaults: \n");
    QTRY_COMPARE_WITH_TIMEOUT(m_app->config()->status(), ConfigController::Status::Unparsable, 10000);
    showPage(QStringLiteral("overview"));
    showPage(QStringLiteral("models"));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
    m_dir.write(apptest::CommentedConfig);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->config()->status(), ConfigController::Status::Ok, 10000);
}

void TestQmlPages::trayMenu()
{
    QMenu *menu = m_app->tray()->menu();
    m_app->tray()->popupMenu(0, 0);
    QStringList texts;
    QMenu *models = nullptr;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->menu())
            models = action->menu();
    }
    menu->hide();
    QVERIFY2(texts.contains(QStringLiteral("Start gateway")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Stop gateway")));
    QVERIFY(texts.contains(QStringLiteral("Open ClawDesk")));
    QVERIFY(texts.contains(QStringLiteral("Quit")));
    QVERIFY(texts.first() == m_app->tray()->statusText());
    QVERIFY(models);
    QStringList keys;
    QString checked;
    for (QAction *action : models->actions()) {
        keys.append(action->text());
        if (action->isChecked())
            checked = action->text();
    }
    QCOMPARE(checked, QStringLiteral("anthropic/claude-opus-4-5"));
    QVERIFY(keys.contains(QStringLiteral("minimax/MiniMax-M2.1-lightning")));
    // Offscreen there is no tray: closing the window must quit rather than hide.
    QVERIFY(!m_app->tray()->available());
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

void TestQmlPages::languageSwitchRetranslates()
{
    AppSettings *settings = AppSettings::create(nullptr, nullptr);
    settings->setLanguage(QStringLiteral("nl"));
    showPage(QStringLiteral("settings"));
    settings->setLanguage(QString());
    showPage(QStringLiteral("overview"));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

void TestQmlPages::everyPageInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = AppSettings::create(nullptr, nullptr)->availableLanguages();
    QVERIFY(languages.size() >= 22); // system + English + the 21 translated languages
    for (const QString &language : languages) {
        if (!language.isEmpty())
            QTest::addRow("%s", qPrintable(language)) << language;
    }
}

void TestQmlPages::everyPageInEveryLanguage()
{
    QFETCH(QString, language);
    AppSettings *settings = AppSettings::create(nullptr, nullptr);
    settings->setLanguage(language);
    const QString settingsTitle = QCoreApplication::translate("SettingsPage", "Settings");
    if (language != u"en")
        QVERIFY2(settingsTitle != u"Settings" || language == u"nl" || language == u"da",
                 qPrintable(settingsTitle)); // some languages also say "Settings"-like words; most differ
    QCOMPARE(QGuiApplication::layoutDirection(),
             (language == u"ar" || language == u"fa") ? Qt::RightToLeft : Qt::LeftToRight);
    for (const char *page : {"overview", "modelauth", "models", "gateway", "usage", "settings", "wizard"})
        showPage(QString::fromLatin1(page));
    settings->setLanguage(QString());
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

namespace {
void collectTexts(QQuickItem *item, QStringList *out)
{
    if (!item || !item->isVisible())
        return;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        out->append(text.toString());
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, out);
}
} // namespace

QStringList TestQmlPages::visibleTexts() const
{
    QStringList texts;
    collectTexts(m_app->window()->contentItem(), &texts);
    return texts;
}

QVariant TestQmlPages::evaluate(const QString &expression) const
{
    // In Main.qml's own context, so its imports (the ClawDesk singletons) resolve.
    QQmlExpression qml(qmlContext(m_app->window()), m_app->window(), expression);
    return qml.evaluate();
}

void TestQmlPages::stateTextsAgreeEverywhere()
{
    AppState *state = m_app->state();
    QVERIFY(state);
    showPage(QStringLiteral("overview"));
    const QStringList texts = visibleTexts();
    // The demo recorded answered requests, and the gateway is stopped: the page says what was served and
    // when, the gateway chip says stopped, and nothing claims to be serving now.
    QCOMPARE(state->gatewayState(), AppState::GatewayState::Stopped);
    QVERIFY2(texts.contains(state->gatewayText()), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(state->servingText()), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(state->servingText().startsWith(QStringLiteral("Last request served by")));
    QVERIFY2(texts.contains(state->summaryText()), qPrintable(texts.join(QLatin1Char('|')))); // sidebar
    QVERIFY2(texts.contains(state->configText()), qPrintable(texts.join(QLatin1Char('|'))));
    for (const QString &text : texts)
        QVERIFY2(!text.startsWith(QStringLiteral("Serving")), qPrintable(text));
    QCOMPARE(m_app->tray()->statusText(), state->summaryText());
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

void TestQmlPages::gatewayPagePrimaryActionFollowsState()
{
    showPage(QStringLiteral("gateway"));
    QStringList texts = visibleTexts();
    QVERIFY2(texts.contains(QStringLiteral("Start gateway")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(!texts.contains(QStringLiteral("Stop gateway")));
    QVERIFY(texts.contains(QStringLiteral("Gateway stopped")));
    // The inspector's header and the demo's refused request with its reason in words.
    QVERIFY(texts.contains(QStringLiteral("Requested → served")));
    QVERIFY2(texts.contains(QStringLiteral("could not connect")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

void TestQmlPages::feedbackToastShowsAndDismisses()
{
    showPage(QStringLiteral("overview"));
    evaluate(QStringLiteral("Feedback.success(\"API key saved\")"));
    QTest::qWait(300); // the fade-in
    QVERIFY(visibleTexts().contains(QStringLiteral("API key saved")));
    evaluate(QStringLiteral("Feedback.dismiss()"));
    QTRY_VERIFY_WITH_TIMEOUT(!visibleTexts().contains(QStringLiteral("API key saved")), 5000);
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

void TestQmlPages::windowFitsTheScreen()
{
    QQuickWindow *window = m_app->window();
    const QRect available = window->screen()->availableGeometry();
    QVERIFY(window->width() <= available.width());
    QVERIFY(window->height() <= available.height());
    QVERIFY(window->minimumWidth() <= available.width());
    QVERIFY(window->minimumHeight() <= available.height());
}

QTEST_MAIN(TestQmlPages)
#include "tst_qmlpages.moc"
