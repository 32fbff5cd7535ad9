// What a face (the GUI, the CLI) may include: the services, the records, the core; the target
// builds. The test "A face cannot include the store" compiles it again, as the build does but with
// FACE_INCLUDES_STORE defined, and expects the compiler to refuse the store's header.
#include "clinic/services.h"
#include "core/engine.h"
#include "records/patientrecord.h"

#ifdef FACE_INCLUDES_STORE
#include "store/database.h"
#endif

int main()
{
    return 0;
}
