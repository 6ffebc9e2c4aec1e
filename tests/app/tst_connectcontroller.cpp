// ConnectController on real files in a scratch home: the diff shown before writing, the write
// (0600, the user's other bytes kept), the state per tool, and undo restoring the exact bytes;
// and ConnectToolsCard loading and rendering without a QML warning.
#include "connectcontroller.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <sys/stat.h>

Q_IMPORT_QML_PLUGIN(ClawDeskPlugin)

using namespace clawdesk;

namespace {

const QString Token = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef");

QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type >= QtWarningMsg)
        g_warnings.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

int modeOf(const QString &path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QVariantMap row(const ConnectController &controller, const QString &id)
{
    for (const QVariant &entry : controller.tools()) {
        if (entry.toMap().value(QStringLiteral("id")) == id)
            return entry.toMap();
    }
    return {};
}

} // namespace

class TestConnectController : public QObject
{
    Q_OBJECT

private slots:
    void connectShowsWritesAndUndoes();
    void missingFileIsRemovedOnUndo();
    void shellVariableOverrides();
    void unreadableFileIsRefused();
    void codexProviderReplacedInPlace();
    void cardLoadsWithoutWarnings();

private:
    void useScratchHome(ConnectController &controller, const Environment &extra = {});
    QTemporaryDir m_home;
};

void TestConnectController::useScratchHome(ConnectController &controller, const Environment &extra)
{
    Environment env{{QStringLiteral("HOME"), m_home.path()},
                    {QStringLiteral("XDG_STATE_HOME"), m_home.path() + QStringLiteral("/.local/state")},
                    {QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/.config")}};
    env.insert(extra);
    ModelSlots models{QStringLiteral("minimax/MiniMax-M2.1"), QStringLiteral("anthropic/claude-opus-4-6"),
                      QStringLiteral("minimax/MiniMax-M2.1"), QStringLiteral("minimax/MiniMax-M2.1")};
    controller.setContext(env, m_home.path(), {QStringLiteral("http://127.0.0.1:18790"), Token, models});
}

void TestConnectController::connectShowsWritesAndUndoes()
{
    ConnectController controller;
    useScratchHome(controller);
    const QString codex = m_home.path() + QStringLiteral("/.codex/config.toml");
    const QByteArray original =
        "# mine\r\nmodel = \"o9\"   # keep the spacing\r\n\r\n[profiles.a]\r\nmodel = \"x\"\r\n";
    writeAll(codex, original);
    ::chmod(QFile::encodeName(codex).constData(), 0644);
    controller.refresh();
    QCOMPARE(row(controller, QStringLiteral("codex")).value(QStringLiteral("state")).toString(),
             QStringLiteral("notConnected"));

    const QString diff = controller.preview(QStringLiteral("codex"));
    QVERIFY2(diff.contains(QStringLiteral("+model_provider = \"clawdesk\"")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("+[model_providers.clawdesk]")), qPrintable(diff));
    QVERIFY2(!diff.contains(Token), "the diff shows the whole token");
    QCOMPARE(readAll(codex), original); // previewing writes nothing

    QVERIFY2(controller.connectTool(QStringLiteral("codex")), qPrintable(controller.lastError()));
    const QByteArray connected = readAll(codex);
    QVERIFY(connected.startsWith(
        "# mine\r\nmodel = \"o9\"   # keep the spacing\r\nmodel_provider = \"clawdesk\"\r\n"));
    QVERIFY(connected.contains("[profiles.a]\r\nmodel = \"x\"\r\n"));
    QVERIFY(connected.contains("experimental_bearer_token = \"" + Token.toLatin1() + "\"\r\n"));
    QVERIFY(connected.contains("base_url = \"http://127.0.0.1:18790/v1\""));
    QCOMPARE(modeOf(codex), 0600);
    QVariantMap state = row(controller, QStringLiteral("codex"));
    QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    QVERIFY(state.value(QStringLiteral("canUndo")).toBool());
    QVERIFY(controller.preview(QStringLiteral("codex")).isEmpty()); // nothing left to change

    // The original is kept private.
    const QString folder = m_home.path() + QStringLiteral("/.local/state/ClawDesk/connect");
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(folder + QStringLiteral("/codex.json")), 0600);

    QVERIFY2(controller.undo(QStringLiteral("codex")), qPrintable(controller.lastError()));
    QCOMPARE(readAll(codex), original);
    QCOMPARE(modeOf(codex), 0644);
    state = row(controller, QStringLiteral("codex"));
    QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("notConnected"));
    QVERIFY(!state.value(QStringLiteral("canUndo")).toBool());
    QVERIFY(!controller.undo(QStringLiteral("codex")));
    QVERIFY(controller.lastError().contains(QStringLiteral("nothing to undo")));
}

void TestConnectController::missingFileIsRemovedOnUndo()
{
    ConnectController controller;
    useScratchHome(controller);
    const QString settings = m_home.path() + QStringLiteral("/.claude/settings.json");
    QVERIFY(!QFile::exists(settings));
    QVERIFY2(controller.connectTool(QStringLiteral("claude-code")), qPrintable(controller.lastError()));
    const QByteArray written = readAll(settings);
    QVERIFY2(written.contains("\"ANTHROPIC_BASE_URL\": \"http://127.0.0.1:18790\""), written.constData());
    QVERIFY(written.contains("\"ANTHROPIC_DEFAULT_OPUS_MODEL\": \"anthropic/claude-opus-4-6\""));
    QVERIFY(written.contains("\"ANTHROPIC_DEFAULT_HAIKU_MODEL\": \"minimax/MiniMax-M2.1\""));
    QCOMPARE(modeOf(settings), 0600);
    QVERIFY2(controller.undo(QStringLiteral("claude-code")), qPrintable(controller.lastError()));
    QVERIFY(!QFile::exists(settings));
}

void TestConnectController::shellVariableOverrides()
{
    ConnectController controller;
    useScratchHome(controller,
                   {{QStringLiteral("OPENCODE_CONFIG"), QStringLiteral("/elsewhere/opencode.json")}});
    const QString opencode = m_home.path() + QStringLiteral("/.config/opencode/opencode.json");
    const QByteArray original = "{\n  // my theme\n  \"theme\": \"dark\",\n}\n";
    writeAll(opencode, original);
    QVERIFY2(controller.connectTool(QStringLiteral("opencode")), qPrintable(controller.lastError()));
    const QByteArray written = readAll(opencode);
    QVERIFY2(written.startsWith("{\n  // my theme\n  \"theme\": \"dark\",\n"), written.constData());
    QVERIFY(written.contains("\"model\": \"clawdesk/minimax/MiniMax-M2.1\""));
    const QVariantMap state = row(controller, QStringLiteral("opencode"));
    QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("overridden"));
    QVERIFY(state.value(QStringLiteral("overrides")).toString().contains(QStringLiteral("OPENCODE_CONFIG")));
    QVERIFY(controller.undo(QStringLiteral("opencode")));
    QCOMPARE(readAll(opencode), original);
}

void TestConnectController::unreadableFileIsRefused()
{
    ConnectController controller;
    useScratchHome(controller);
    const QString settings = m_home.path() + QStringLiteral("/.claude/settings.json");
    const QByteArray broken = "{\n  \"env\": {\n    \"A\": 1,,\n  }\n}\n";
    writeAll(settings, broken);
    QVERIFY(controller.preview(QStringLiteral("claude-code")).isEmpty());
    QVERIFY2(controller.lastError().contains(QStringLiteral("settings.json:3:")),
             qPrintable(controller.lastError()));
    QVERIFY(!controller.connectTool(QStringLiteral("claude-code")));
    QCOMPARE(readAll(settings), broken); // nothing lost
    QFile::remove(settings);
}

void TestConnectController::codexProviderReplacedInPlace()
{
    ConnectController controller;
    useScratchHome(controller);
    const QString codex = m_home.path() + QStringLiteral("/.codex/config.toml");
    const QByteArray original =
        "model_provider = \"openai\" # was\n"
        "notes = \"\"\"\n[not.a.table]\n\"\"\"\n"
        "\n[model_providers.clawdesk]\nname = \"old\"\nbase_url = \"http://127.0.0.1:1/v1\"\n"
        "\n[model_providers.clawdesk.http_headers]\nX = \"y\"\n"
        "\n[tui]\nnotifications = true\n";
    writeAll(codex, original);
    QVERIFY2(controller.connectTool(QStringLiteral("codex")), qPrintable(controller.lastError()));
    const QByteArray expected = "model_provider = \"clawdesk\"\n"
                                "notes = \"\"\"\n[not.a.table]\n\"\"\"\n"
                                "\n[model_providers.clawdesk]\nname = \"ClawDesk gateway\"\n"
                                "base_url = \"http://127.0.0.1:18790/v1\"\nwire_api = \"responses\"\n"
                                "experimental_bearer_token = \"" +
                                Token.toLatin1() +
                                "\"\n"
                                "\n[tui]\nnotifications = true\n";
    QCOMPARE(readAll(codex), expected);
    QVERIFY(controller.undo(QStringLiteral("codex")));
    QCOMPARE(readAll(codex), original);

    // A provider written inline cannot be merged without rewriting the user's text: refused.
    const QByteArray inlined = "model_providers = { clawdesk = { name = \"x\" } }\n";
    writeAll(codex, inlined);
    QVERIFY(!controller.connectTool(QStringLiteral("codex")));
    QVERIFY2(controller.lastError().contains(QStringLiteral("config.toml:1:")),
             qPrintable(controller.lastError()));
    QCOMPARE(readAll(codex), inlined);
    QFile::remove(codex);
}

void TestConnectController::cardLoadsWithoutWarnings()
{
    // The card's own controller reads the process's home: point it at the scratch one.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/.local/state")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.path() + QStringLiteral("/.config")));
    g_warnings.clear();
    g_previous = qInstallMessageHandler(recordWarnings);
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // where the static ClawDesk module lives
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls\nimport ClawDesk\n"
                          "ApplicationWindow { width: 900; height: 600; visible: true\n"
                          "  ConnectToolsCard { id: card; objectName: \"card\"; width: 860 } }\n",
                          QUrl(QStringLiteral("qrc:/tst_connectcontroller.qml")));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject *card = root->findChild<QObject *>(QStringLiteral("card"));
        QVERIFY(card);
        // Review a change: the diff appears, nothing is written yet.
        const QString codex = m_home.path() + QStringLiteral("/.codex/config.toml");
        const QByteArray before = readAll(codex);
        QMetaObject::invokeMethod(card, "review", Q_ARG(QVariant, QStringLiteral("codex")));
        QTest::qWait(50);
        QVERIFY(
            card->property("reviewDiff").toString().contains(QStringLiteral("[model_providers.clawdesk]")));
        QVERIFY(!window->grabWindow().isNull());
        QCOMPARE(readAll(codex), before);
    }
    qInstallMessageHandler(g_previous);
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestConnectController)
#include "tst_connectcontroller.moc"
