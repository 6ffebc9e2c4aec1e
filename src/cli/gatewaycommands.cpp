// `gateway run|status|token|stop|restart`: the embedded gateway run headless, and control of a running one.
#include "clicommand.h"
#include "clicontext.h"
#include "gatewayhost.h"
#include "gatewaysettings.h"
#include "gatewaystatefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace clawdesk {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

/// GET /health of a gateway on loopback; empty object when it does not answer.
QJsonObject fetchHealth(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 3000 && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(500))
            data += socket.readAll();
    }
    data += socket.readAll();
    const qsizetype bodyStart = data.indexOf("\r\n\r\n");
    if (bodyStart < 0)
        return {};
    return QJsonDocument::fromJson(data.mid(bodyStart + 4)).object();
}

std::optional<GatewayState> runningGateway()
{
    const auto state = GatewayStateFile::read(GatewayStateFile::defaultPath());
    if (!state || !GatewayStateFile::isProcessAlive(state->pid))
        return std::nullopt;
    return state;
}

int gatewayRun(CliContext &ctx, const CommandLine &cmd)
{
    QSettings settings(QStringLiteral("ClawDesk"), QStringLiteral("ClawDesk"));
    // A token given on the command line is used, never stored.
    GatewayOptions options = GatewayHost::optionsFrom(settings, !cmd.isSet(QStringLiteral("token")));
    if (cmd.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = cmd.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return ctx.fail(QStringLiteral("invalid --port: %1").arg(cmd.value(QStringLiteral("port"))));
        options.port = quint16(port);
    }
    if (cmd.isSet(QStringLiteral("bind")))
        options.bind = cmd.value(QStringLiteral("bind"));
    if (cmd.isSet(QStringLiteral("token")))
        options.token = cmd.value(QStringLiteral("token"));
    if (cmd.isSet(QStringLiteral("upstream-timeout"))) {
        bool ok = false;
        const uint seconds = cmd.value(QStringLiteral("upstream-timeout")).toUInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return ctx.fail(QStringLiteral("invalid --upstream-timeout: %1 (1 to 3600 seconds)")
                                .arg(cmd.value(QStringLiteral("upstream-timeout"))));
        options.upstreamFirstByteTimeoutMs = options.upstreamIdleTimeoutMs = int(seconds) * 1000;
    }
    options.configPath = ctx.paths.configPath;
    options.environment = ctx.env;
    options.homeDir = ctx.paths.homeDir;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return ctx.fail(QStringLiteral("cannot set up signal handling"));
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);

    GatewayHost host(GatewayHost::usageDatabaseFor(ctx.env));
    GatewayController &controller = *host.controller();
    const QString statePath = GatewayStateFile::defaultPath();
    int exitCode = 0;
    bool announced = false;
    QEventLoop loop;
    QObject::connect(
        &controller, &GatewayController::stateChanged, &loop, [&](GatewayController::State state) {
            switch (state) {
            case GatewayController::State::Running: {
                if (!announced) {
                    ctx.out << QStringLiteral("listening on http://127.0.0.1:%1").arg(controller.port())
                            << Qt::endl;
                    announced = true;
                }
                GatewayState record{QCoreApplication::applicationPid(),
                                    controller.port(),
                                    {},
                                    QDateTime::currentDateTimeUtc()};
                record.model = fetchHealth(controller.port()).value(QStringLiteral("primary")).toString();
                GatewayStateFile::write(statePath, record);
                break;
            }
            case GatewayController::State::Error:
                ctx.err
                    << QStringLiteral("Error: cannot start the gateway: %1").arg(controller.errorString());
                if (controller.errorString().contains(QStringLiteral("already in use")))
                    ctx.err << QStringLiteral(" (is another gateway running? see `clawdesk gateway status`)");
                ctx.err << Qt::endl;
                exitCode = 1;
                loop.quit();
                break;
            case GatewayController::State::Stopped:
                loop.quit();
                break;
            case GatewayController::State::Starting:
                break;
            }
        });
    QObject::connect(&controller, &GatewayController::configProblem, &loop, [&](const QString &problem) {
        if (!problem.isEmpty())
            ctx.err << QStringLiteral("config problem (keeping the last good config): %1").arg(problem)
                    << Qt::endl;
    });
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) != 1)
            return;
        if (byte == SIGHUP) {
            ctx.err << "SIGHUP: restarting the gateway" << Qt::endl;
            controller.restart();
        } else {
            ctx.err << "shutting down" << Qt::endl;
            controller.stop();
        }
    });
    ::signal(SIGINT, onSignal);
    ::signal(SIGTERM, onSignal);
    ::signal(SIGHUP, onSignal);

    controller.start(options);
    loop.exec();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGHUP, SIG_DFL);
    GatewayStateFile::removeIfOwned(statePath, QCoreApplication::applicationPid());
    return exitCode;
}

int gatewayStatus(CliContext &ctx, const CommandLine &cmd)
{
    const auto state = runningGateway();
    const QJsonObject health = state ? fetchHealth(state->port) : QJsonObject();
    const QString model = health.value(QStringLiteral("primary")).toString(state ? state->model : QString());
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("running"), bool(state)}};
        if (state) {
            json.insert(QStringLiteral("pid"), state->pid);
            json.insert(QStringLiteral("port"), int(state->port));
            json.insert(QStringLiteral("model"), model);
            json.insert(QStringLiteral("healthy"), !health.isEmpty());
        }
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return state ? 0 : 1;
    }
    if (!state) {
        ctx.out << "Gateway: not running" << Qt::endl;
        return 1;
    }
    ctx.out << "Gateway: running" << (health.isEmpty() ? " (not answering /health)" : "") << Qt::endl;
    ctx.out << "PID: " << state->pid << Qt::endl;
    ctx.out << "Port: " << state->port << Qt::endl;
    ctx.out << "URL: http://127.0.0.1:" << state->port << Qt::endl;
    ctx.out << "Model: " << model << Qt::endl;
    return 0;
}

int gatewayToken(CliContext &ctx, const CommandLine &)
{
    QSettings settings(QStringLiteral("ClawDesk"), QStringLiteral("ClawDesk"));
    ctx.out << GatewaySettings::ensureToken(settings) << Qt::endl;
    return 0;
}

int gatewaySignal(CliContext &ctx, bool restart)
{
    const auto state = runningGateway();
    if (!state)
        return ctx.fail(QStringLiteral("no headless gateway is running"));
    if (::kill(pid_t(state->pid), restart ? SIGHUP : SIGTERM) != 0)
        return ctx.fail(QStringLiteral("cannot signal gateway pid %1").arg(state->pid));
    if (restart) {
        ctx.out << QStringLiteral("Gateway restarting (pid %1, port %2)").arg(state->pid).arg(state->port)
                << Qt::endl;
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    while (GatewayStateFile::isProcessAlive(state->pid) && timer.elapsed() < 15000)
        QThread::msleep(50);
    if (GatewayStateFile::isProcessAlive(state->pid))
        return ctx.fail(QStringLiteral("gateway pid %1 did not stop").arg(state->pid));
    ctx.out << QStringLiteral("Gateway stopped (pid %1)").arg(state->pid) << Qt::endl;
    return 0;
}

} // namespace

QList<CliCommand> gatewayCommands()
{
    const QString gateway = QStringLiteral("gateway");
    return {
        {{gateway, QStringLiteral("run")},
         {},
         QStringLiteral("Run the gateway in the foreground (logs to stderr)"),
         {{QStringLiteral("port"), QStringLiteral("port"),
           QStringLiteral("Port (default %1; 0: any free port)").arg(GatewayOptions().port)},
          {QStringLiteral("bind"), QStringLiteral("address"),
           QStringLiteral("loopback (default) or an address (needs a token)")},
          {QStringLiteral("token"), QStringLiteral("token"), QStringLiteral("Token clients must send")},
          {QStringLiteral("upstream-timeout"), QStringLiteral("seconds"),
           QStringLiteral("Fail over when a provider sends nothing for this long (default %1)")
               .arg(GatewayOptions().upstreamFirstByteTimeoutMs / 1000)}},
         0,
         0,
         gatewayRun},
        {{gateway, QStringLiteral("status")},
         {},
         QStringLiteral("Show whether a headless gateway is running"),
         {{QStringLiteral("json"), {}, QStringLiteral("Output JSON")}},
         0,
         0,
         gatewayStatus},
        {{gateway, QStringLiteral("token")},
         {},
         QStringLiteral("Print the gateway token"),
         {},
         0,
         0,
         gatewayToken},
        {{gateway, QStringLiteral("stop")},
         {},
         QStringLiteral("Stop the running headless gateway"),
         {},
         0,
         0,
         [](CliContext &ctx, const CommandLine &) { return gatewaySignal(ctx, false); }},
        {{gateway, QStringLiteral("restart")},
         {},
         QStringLiteral("Restart the running headless gateway"),
         {},
         0,
         0,
         [](CliContext &ctx, const CommandLine &) { return gatewaySignal(ctx, true); }},
    };
}

} // namespace clawdesk
