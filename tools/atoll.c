/* atoll.c - the atoll command: a thin client of libatoll. */
#include "atoll.h"

int main(int argc, char **argv)
{
    return atoll_main(argc, argv);
}
