#pragma once
// The workflow engine: cases move through a committee's workflow definition. Firing a transition checks
// the current state and the caller's permission, bumps the case version (two racing transitions: exactly
// one wins, the other gets 409), records history, sets the deadline, runs on-enter actions and appends
// to the audit chain — all inside the caller's transaction.
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "storage/db.hpp"
#include "workflow/definition.hpp"

namespace zhixie::workflow {

// Creates or replaces a committee's definition (validated; a replacement must keep every state that
// open cases are in). Returns the definition id.
int64_t install_definition(storage::Tx& tx, int64_t committee_id, const Definition& d,
                           const audit::Actor& actor);
// The product's default definitions (config/workflows/*.json, embedded in the binary).
std::vector<Definition> default_definitions();
// Installs every default definition that the committee does not have yet.
void install_defaults(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor);

Definition load_definition(storage::Tx& tx, int64_t definition_id);
std::optional<int64_t> find_definition(storage::Tx& tx, int64_t committee_id, const std::string& code);

int64_t start_case(storage::Tx& tx, int64_t committee_id, const std::string& definition_code,
                   const std::string& subject_type, int64_t subject_id, const audit::Actor& actor);

struct Fire {
    int64_t case_id = 0;
    std::string transition;
    std::optional<int64_t> expected_version;  // from the client's view; stale → 409
    std::string note;
};

// Returns the case after the transition (as case_json). Errors: 404 (no such case in this committee),
// 409 transition_not_allowed (details.allowed lists what may be done now), 403 forbidden, 409 stale_version.
nlohmann::json fire(storage::Tx& tx, int64_t committee_id, const std::set<std::string>& permissions,
                    const audit::Actor& actor, const Fire& f);

// A case with its state names, deadline, history and the transitions the given permissions allow now.
nlohmann::json case_json(storage::Tx& tx, int64_t committee_id, int64_t case_id,
                         const std::set<std::string>& permissions);

// case_json in a read transaction (GET /cases/{id}).
nlohmann::json get_case(storage::Db& db, int64_t committee_id, int64_t case_id,
                        const std::set<std::string>& permissions);

nlohmann::json list_definitions(storage::Db& db, int64_t committee_id);
nlohmann::json definition_json(storage::Db& db, int64_t committee_id, int64_t definition_id);
// Replaces the committee's definition with an edited one (update_definition.cpp says what may change); 404
// for another committee's, 409 stale_version, 422 invalid_workflow with the reason.
nlohmann::json update_definition(storage::Db& db, int64_t committee_id, const audit::Actor& actor,
                                 int64_t definition_id, int64_t version, const nlohmann::json& body);

}  // namespace zhixie::workflow
