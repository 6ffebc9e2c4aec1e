// clawdesk-desktop: runs only the desktop app (development, screenshots), until the main clawdesk
// binary hands over to runDesktopApp() itself.
#include "desktopapp.h"

int main(int argc, char *argv[])
{
    return clawdesk::runDesktopApp(argc, argv);
}
