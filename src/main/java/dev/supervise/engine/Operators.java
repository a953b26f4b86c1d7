package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every operator by the kind of step it runs: the one place the runner looks an operator up. */
final class Operators {
    private static final Map<Class<? extends Step>, Operator<?>> ALL = Map.of(
            Step.Screen.class, (Operator<Step.Screen>) (s, scope) -> Operator.Planned.of(Screen.apply(s, scope)),
            Step.Collide.class, (Operator<Step.Collide>) (s, scope) -> Operator.Planned.of(Collide.apply(s, scope)),
            Step.Aggregate.class, (Operator<Step.Aggregate>) (s, scope) -> Operator.Planned.of(Aggregate.apply(s, scope)),
            Step.Sql.class, (Operator<Step.Sql>) (s, scope) -> Operator.Planned.of(SqlStep.apply(s, scope)),
            Step.Locate.class, new LocateOperator(),
            Step.Dedupe.class, new DedupeOperator(),
            Step.Associate.class, (Operator<Step.Associate>) (s, scope) -> {
                Associate.Result r = Associate.apply(s, scope);
                return new Operator.Planned(r.links(), r.details(), Optional.empty());
            },
            Step.Group.class, (Operator<Step.Group>) (s, scope) -> {
                Group.Result r = Group.apply(s, scope);
                return new Operator.Planned(r.grouped(), Map.of("rounds", r.rounds()), Optional.empty());
            });

    private Operators() {}

    @SuppressWarnings("unchecked")
    static <S extends Step> Operator<S> of(S step) {
        Operator<?> op = ALL.get(step.getClass());
        if (op == null) throw new IllegalStateException("no operator for " + step.getClass().getSimpleName());
        return (Operator<S>) op;
    }

    /** Locate: rows on no dictionary entry are dropped and reported as unlocated rows of the step's input. */
    private static final class LocateOperator implements Operator<Step.Locate> {
        @Override
        public Planned plan(Step.Locate s, ModelScope scope) {
            return Planned.of(Locate.apply(s, scope));
        }

        @Override
        public List<String> observations(Step.Locate s) {
            return List.of(Locate.observation(s));
        }

        @Override
        public Report report(Step.Locate s, ModelScope scope, Planned planned) {
            return new Report(Locate.unlocated(s, scope), Optional.empty(), s.from(), "");
        }
    }

    /** Dedupe: the duplicates it drops are quarantined in the dataset it read, with the step's reason. */
    private static final class DedupeOperator implements Operator<Step.Dedupe> {
        @Override
        public Planned plan(Step.Dedupe d, ModelScope scope) {
            if (scope.definition().dataset(d.from()).isEmpty())
                throw EngineErrors.dedupeFromStep(scope.definition().file(), d.line(), d.id(), d.from());
            Dedupe.Result r = Dedupe.apply(d, scope);
            return new Planned(r.kept(), Map.of(), Optional.of(r.duplicateRows()));
        }

        @Override
        public List<String> observations(Step.Dedupe d) {
            return List.of(Dedupe.observation(d));
        }

        @Override
        public Report report(Step.Dedupe d, ModelScope scope, Planned planned) {
            return new Report(Optional.empty(), Dedupe.duplicates(d, scope), d.from(), d.reason());
        }
    }
}
