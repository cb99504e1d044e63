#include "workflow/actions.hpp"

#include <map>
#include <mutex>
#include <stdexcept>

namespace zhixie::workflow {

namespace {
std::mutex& registry_mutex() {
    static std::mutex m;
    return m;
}
std::map<std::string, Action>& registry() {
    static std::map<std::string, Action> r;
    return r;
}
}  // namespace

void register_action(const std::string& name, Action action) {
    std::lock_guard lock(registry_mutex());
    registry()[name] = std::move(action);
}

bool action_exists(const std::string& name) {
    std::lock_guard lock(registry_mutex());
    return registry().count(name) > 0;
}

void run_action(const std::string& name, storage::Tx& tx, const CaseRef& c, const audit::Actor& actor) {
    Action a;
    {
        std::lock_guard lock(registry_mutex());
        auto it = registry().find(name);
        if (it == registry().end()) throw std::logic_error("workflow action not registered: " + name);
        a = it->second;
    }
    a(tx, c, actor);
}

}  // namespace zhixie::workflow
