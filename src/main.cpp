// ClawDesk: one binary that is both the desktop app and the CLI.
#include <cstdio>

int main(int, char **)
{
    std::puts("clawdesk " CLAWDESK_VERSION);
    return 0;
}
