#include <set>

#include "core/clock.hpp"
#include "domains/proposals/record.hpp"

namespace zhixie::proposals {

// 并案: the others are merged into the proposal named, whose case is then handled for all of them. Each keeps
// its own number, its proposers see the reply of the case, and each gives its own feedback.
nlohmann::json merge_proposals(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Step& s, const std::vector<int64_t>& others) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    auto main = visible(tx, who, s.id);
    require_state(tx, who, main, {"submitted", "under_review", "accepted"});
    FieldErrors e;
    if (others.empty()) e.add("proposal_ids", "field_required");
    std::set<int64_t> seen;
    std::vector<Proposal> merged;
    for (int64_t id : others) {
        std::optional<Proposal> o;
        try {
            o = load(tx, me.committee_id, id);
        } catch (const AppError&) {
        }
        if (!o || id == main.id || !seen.insert(id).second)
            e.add("proposal_ids", "field_unknown_ref", {{"value", id}});
        else
            merged.push_back(*o);
    }
    e.throw_if_any(lang, labels());
    if (main.state == "submitted") {
        fire(tx, who, actor, main, "start_review", {main.id, s.version, ""});
    } else if (s.version && *s.version != main.version) {
        throw AppError::conflict("stale_version", {{"current_version", main.version}});
    }
    const std::string now = clock::now_iso();
    for (const auto& o : merged) {
        if (o.state == "submitted") fire(tx, who, actor, o, "start_review", {o.id, std::nullopt, ""});
        fire(tx, who, actor, o, "merge", {o.id, std::nullopt, s.note});
        tx.exec(
            "UPDATE proposals SET merged_into_id = :m, review_note = :note, updated_at = :now WHERE id = :id",
            {{"m", main.id}, {"note", s.note}, {"now", now}, {"id", o.id}});
        // proposals merged into this one earlier follow it
        tx.exec("UPDATE proposals SET merged_into_id = :m, updated_at = :now WHERE merged_into_id = :id",
                {{"m", main.id}, {"now", now}, {"id", o.id}});
    }
    record(tx, actor, "merged", main.id, {{"merged", others}, {"note", s.note}});
    auto out = proposal_json(tx, who, main.id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
