#include "desktopapp.h"

#include "application.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ClawDeskPlugin)

namespace clawdesk {

int runDesktopApp(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ClawDesk"));
    QApplication::setOrganizationName(QStringLiteral("ClawDesk"));
    QApplication::setDesktopFileName(QStringLiteral("clawdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/clawdesk.svg")));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QStringLiteral("Start in the system tray."));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QStringLiteral("Page to open (with --screenshot: \"all\" renders every page)."),
        QStringLiteral("name"));
    const QCommandLineOption step(QStringLiteral("wizard-step"), QStringLiteral("Wizard step."),
                                  QStringLiteral("n"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Render to PNG and quit."),
                                  QStringLiteral("png"));
    const QCommandLineOption trayShot(QStringLiteral("tray-screenshot"),
                                      QStringLiteral("Render the tray menu to PNG and quit."),
                                      QStringLiteral("png"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Show sample gateway activity."));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("openclaw.json to use."),
                                    QStringLiteral("path"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Language for this run (e.g. nl, ar); default: the setting."),
        QStringLiteral("locale"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QStringLiteral("Initial window size, e.g. 800x600 (screenshots)."),
                                        QStringLiteral("WxH"));
    parser.addOptions({minimized, page, step, shot, trayShot, demo, config, language, windowSize});
    parser.process(app);

    Application::Options options;
    options.minimized = parser.isSet(minimized);
    options.page = parser.value(page);
    options.wizardStep = parser.value(step).toInt();
    options.screenshot = parser.value(shot);
    options.trayScreenshot = parser.value(trayShot);
    options.demo = parser.isSet(demo);
    options.configPath = parser.value(config);
    options.language = parser.value(language);
    const QStringList size = parser.value(windowSize).split(QLatin1Char('x'));
    if (size.size() == 2)
        options.windowSize = QSize(size.at(0).toInt(), size.at(1).toInt());
    const bool rendering = !options.screenshot.isEmpty() || !options.trayScreenshot.isEmpty();

    SingleInstance instance;
    if (!rendering && !instance.claim())
        return 0; // the running instance shows its window

    Application application(options);
    QObject::connect(&instance, &SingleInstance::activationRequested, &application, &Application::raise);
    if (!application.load())
        return 1;
    return app.exec();
}

} // namespace clawdesk
