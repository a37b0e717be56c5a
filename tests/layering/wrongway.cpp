// Must not compile: the SMTP module does not see the modules above it (see core/README.md).
#include "diagnosis/verdict.h"

int main()
{
    return 0;
}
