#include <algorithm>

#include "domains/proposals/access.hpp"
#include "services/files/attachments.hpp"

namespace zhixie::proposals {

namespace {

files::Owner owner_of(const Caller& who, int64_t id) {
    return {who.committee(), "proposal", id};
}

bool in(const std::string& state, std::initializer_list<const char*> states) {
    return std::any_of(states.begin(), states.end(), [&](const char* s) { return state == s; });
}

// As whom the caller may attach to (or remove their own attachment from) the proposal now: its proposer while
// the text is still theirs to change, one of its handling units while the case is being handled (a signed
// reply letter, evidence of what was done), staff at any time; nullopt when nobody of that kind may.
std::optional<std::string> attach_role(storage::Tx& tx, const Caller& who, const Proposal& p) {
    if (who.staff) return "staff";
    if (is_proposer(who, p) && in(p.state, {"draft", "cosigning", "returned"})) return "proposer";
    if (who.unit_ids.empty()) return std::nullopt;
    const Proposal handled = p.merged_into ? load(tx, who.committee(), *p.merged_into) : p;
    if (!in(handled.state, {"assigned", "objection", "handling", "replied", "rehandling"}))
        return std::nullopt;
    for (const auto& r : tx.query("SELECT unit_id FROM proposal_units WHERE proposal_id = :p AND active = 1",
                                  {{"p", handled.id}}))
        if (std::find(who.unit_ids.begin(), who.unit_ids.end(), r.i("unit_id")) != who.unit_ids.end())
            return "unit";
    return std::nullopt;
}

}  // namespace

bool may_attach(storage::Tx& tx, const Caller& who, const Proposal& p) {
    return attach_role(tx, who, p).has_value();
}

nlohmann::json add_attachment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              int64_t id, const std::string& filename, std::string_view bytes) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    const Proposal p = visible(tx, who, id);
    auto role = attach_role(tx, who, p);
    if (!role) throw AppError::conflict("attachments_closed");
    const int64_t file_id = files::store(tx, owner_of(who, id), {filename, bytes, *role, me.user_id});
    auto items = files::list(tx, owner_of(who, id));
    auto added = *std::find_if(items.begin(), items.end(), [&](const auto& a) { return a["id"] == file_id; });
    record(tx, actor, "attachment_added", id,
           {{"attachment_id", file_id},
            {"filename", added["filename"]},
            {"size", added["size"]},
            {"role", *role}});
    tx.commit();
    return added;
}

// The proposal the attachment belongs to, if the caller may see it; 404 otherwise.
Proposal owning_proposal(storage::Tx& tx, const Caller& who, int64_t file_id) {
    auto id = files::owner_id(tx, who.committee(), "proposal", file_id);
    if (!id) throw AppError::not_found();
    return visible(tx, who, *id);
}

files::Stored get_attachment(storage::Db& db, const auth::Principal& me, int64_t file_id) {
    auto tx = db.read();
    auto who = caller_of(tx, me);
    const Proposal p = owning_proposal(tx, who, file_id);
    return *files::load(tx, owner_of(who, p.id), file_id);
}

void remove_attachment(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                       int64_t file_id) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    const Proposal p = owning_proposal(tx, who, file_id);
    const int64_t id = p.id;
    auto f = files::load(tx, owner_of(who, id), file_id);
    if (!who.staff && f->uploaded_by != std::optional<int64_t>(me.user_id)) throw AppError::forbidden();
    if (!attach_role(tx, who, p)) throw AppError::conflict("attachments_closed");
    files::remove(tx, owner_of(who, id), file_id);
    record(tx, actor, "attachment_removed", id, {{"attachment_id", file_id}, {"filename", f->filename}});
    tx.commit();
}

}  // namespace zhixie::proposals
