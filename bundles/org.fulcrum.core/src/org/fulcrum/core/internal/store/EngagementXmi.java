package org.fulcrum.core.internal.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.fulcrum.core.store.StoreException;
import org.fulcrum.model.Engagement;
import org.fulcrum.model.FulcrumPackage;

/**
 * The XMI form of an engagement: EMF's XMI with the options that make large documents fast
 * (deferred IDREF resolution through an id map, a shared parser pool, cached lookups), and
 * errors turned into messages with line and column.
 */
public final class EngagementXmi {

	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

	private EngagementXmi() {
	}

	/** A resource set that knows the Fulcrum package whether or not OSGi registered it. */
	public static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(FulcrumPackage.eNS_URI, FulcrumPackage.eINSTANCE);
		return resources;
	}

	/** An empty XMI resource for {@code file}. */
	public static EngagementResource newResource(ResourceSet resources, Path file) {
		EngagementResource resource = new EngagementResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resources.getResources().add(resource);
		return resource;
	}

	public static Engagement load(Path file, byte[] content) throws StoreException {
		EngagementResource resource = newResource(newResourceSet(), file);
		// An id map makes each reference resolve in constant time; it is dropped after loading
		// because keeping it up to date would make every move of the root walk the whole tree.
		resource.setIntrinsicIDToEObjectMap(new HashMap<>());
		try {
			resource.load(new ByteArrayInputStream(content), loadOptions());
		} catch (IOException e) {
			throw problem(file, e.getCause() != null ? e.getCause() : e, resource);
		} catch (RuntimeException e) {
			throw new StoreException(file, "cannot be read: " + e, e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw problem(file, resource.getErrors().get(0), resource);
		}
		resource.setIntrinsicIDToEObjectMap(null);
		List<EObject> roots = resource.getContents();
		if (roots.size() != 1 || !(roots.get(0) instanceof Engagement)) {
			throw new StoreException(file, "does not hold exactly one engagement");
		}
		return (Engagement) roots.get(0);
	}

	/** @param expectedSize about how many bytes it will take (e.g. the file's size), so the buffer is not regrown and copied */
	public static byte[] save(XMLResource resource, long expectedSize) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(bufferFor(expectedSize));
		resource.save(bytes, saveOptions());
		return bytes.toByteArray();
	}

	/** A buffer a little larger than expected: growing a 20 MB buffer copies it several times. */
	static int bufferFor(long expectedSize) {
		return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1 << 16, expectedSize + expectedSize / 16 + (1 << 16)));
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		// EMF fills this map while it loads: one per load, since loads may run on several threads at once.
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
		return options;
	}

	private static StoreException problem(Path file, Object error, Resource resource) {
		int more = Math.max(resource.getErrors().size() - 1, 0);
		String suffix = more > 0 ? " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")" : "";
		if (error instanceof Resource.Diagnostic diagnostic) {
			return new StoreException(file, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic) + suffix,
					error instanceof Throwable t ? t : null);
		}
		if (error instanceof org.xml.sax.SAXParseException sax) {
			return new StoreException(file, sax.getLineNumber(), sax.getColumnNumber(),
					"is damaged: it is not well-formed XML (" + sax.getMessage() + ")" + suffix, sax);
		}
		Throwable cause = error instanceof Throwable t ? t : null;
		return new StoreException(file, "cannot be read: " + error + suffix, cause);
	}

	private static String describe(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof FeatureNotFoundException unknown) {
			return "is damaged or from another tool: unknown element or attribute '" + unknown.getName() + "'";
		}
		if (diagnostic instanceof UnresolvedReferenceException dangling) {
			return "is damaged: it refers to '" + dangling.getReference() + "', which is not in the file";
		}
		if (diagnostic instanceof IllegalValueException illegal) {
			return "is damaged: '" + illegal.getValue() + "' is not a valid " + illegal.getFeature().getName();
		}
		if (diagnostic instanceof PackageNotFoundException foreign) {
			return "uses an unknown vocabulary " + foreign.uri();
		}
		String message = diagnostic.getMessage();
		int location = message == null ? -1 : message.lastIndexOf(" (");
		return "is damaged: " + (location > 0 ? message.substring(0, location) : message);
	}
}
