#pragma once
#include "domains/consultation/consultation.hpp"

namespace zhixie::consultation {

// Checks the fields into e; returns the row's values (mode, subject, description, findings, started_on, now).
storage::Params supervision_params(const SupervisionFields& f, FieldErrors& e);
nlohmann::json supervision_json(storage::Tx& tx, int64_t committee_id,
                                int64_t id);  // 404 if not the committee's

}  // namespace zhixie::consultation
