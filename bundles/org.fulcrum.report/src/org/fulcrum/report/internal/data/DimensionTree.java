package org.fulcrum.report.internal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fulcrum.model.Dimension;
import org.fulcrum.model.DimensionKind;
import org.fulcrum.model.Instrument;

/** An instrument's dimensions in reading order (depth first: base, each pillar followed by its traits). */
public final class DimensionTree {

	/** A dimension with its depth (0 for top level) and its position in reading order. */
	public record Node(Dimension dimension, int depth, int order) {
	}

	private final List<Node> nodes = new ArrayList<>();

	public DimensionTree(Instrument instrument) {
		instrument.getDimensions().forEach(d -> add(d, 0));
	}

	private void add(Dimension dimension, int depth) {
		nodes.add(new Node(dimension, depth, nodes.size()));
		dimension.getChildren().forEach(child -> add(child, depth + 1));
	}

	public List<Node> nodes() {
		return nodes;
	}

	/** The position of {@code dimension} in reading order, or a position after all others for none (general comments). */
	public int order(Dimension dimension) {
		for (Node node : nodes) {
			if (node.dimension() == dimension) {
				return node.order();
			}
		}
		return nodes.size();
	}

	public Optional<Dimension> base() {
		return nodes.stream().map(Node::dimension).filter(d -> d.getKind() == DimensionKind.BASE).findFirst();
	}

	public List<Dimension> pillars() {
		return nodes.stream().map(Node::dimension).filter(d -> d.getKind() == DimensionKind.PILLAR).toList();
	}

	/** Dimensions that hold items of their own, in reading order: the rows of the item detail. */
	public List<Node> withItems() {
		return nodes.stream().filter(n -> !n.dimension().getItems().isEmpty()).toList();
	}

	/** The traits: dimensions without sub-dimensions, the rows of the profile. */
	public List<Dimension> leaves() {
		return nodes.stream().map(Node::dimension).filter(d -> d.getChildren().isEmpty()).toList();
	}
}
