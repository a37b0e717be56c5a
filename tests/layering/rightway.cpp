// The same include from a module allowed to see it builds, so the wrong-way probe fails for the
// right reason.
#include "diagnosis/verdict.h"

int main()
{
    return 0;
}
