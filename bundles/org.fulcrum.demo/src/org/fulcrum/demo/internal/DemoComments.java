package org.fulcrum.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Open comments as raters write them, per trait; a few in the rater's own language. */
public final class DemoComments {

	private static final Map<String, List<String>> BY_TRAIT = Map.ofEntries(
			Map.entry("INT", List.of("Always tells us where we really stand, even when the news is bad.",
					"I trust what is promised in our quarterly reviews — it happens.")),
			Map.entry("EMP", List.of("Takes time to understand how our small team actually sells.",
					"Could listen more before proposing the vendor's answer.")),
			Map.entry("EMO", List.of("Stayed calm during the licence audit escalation; that helped everyone.",
					"Gets visibly frustrated in forecast calls when numbers slip.")),
			Map.entry("LOB", List.of("When the rebate payment was late, fixed it instead of blaming finance.",
					"Sometimes points at other departments before looking at the problem.")),
			Map.entry("HUM", List.of("Open about what they do not know yet — refreshing.",
					"Tends to name-drop executives in partner meetings.")),
			Map.entry("ACC", List.of("Follows up on every action from our business plan review.",
					"Commitments from the kick-off were not all followed through.")),
			Map.entry("COU", List.of("Raised the pricing conflict with headquarters on our behalf.",
					"Avoids the difficult conversation about our certification gaps.")),
			Map.entry("SCO", List.of("Gives our engineers the credit in front of the customer.",
					"Très réactif avec nos revendeurs, et toujours honnête — merci !")),
			Map.entry("FOW", List.of("Connects us with the right people across the vendor's organisation.",
					"Bardzo dobra współpraca, ale informacje z centrali docierają do nas późno.")));

	private final Random random;

	public DemoComments(Random random) {
		this.random = random;
	}

	/** The trait ids that have comments. */
	public List<String> traits() {
		return BY_TRAIT.keySet().stream().sorted().toList();
	}

	public String about(String traitId) {
		List<String> pool = BY_TRAIT.get(traitId);
		return pool.get(random.nextInt(pool.size()));
	}
}
