#pragma once

#include "records/storeerror.h"

namespace meso::store {

// Thrown by the store, caught by the services and the faces: it lives with the records.
using records::StoreError;

} // namespace meso::store
