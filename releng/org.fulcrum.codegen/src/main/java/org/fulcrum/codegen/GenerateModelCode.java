package org.fulcrum.codegen;

import java.io.File;
import java.util.Collections;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's generator on a genmodel the way the IDE's "Generate Model Code" and
 * "Generate Edit Code" do, so that {@code src-gen/} can be reproduced without an IDE.
 * Arguments: the folder holding the bundles, and the genmodel path below it.
 */
public final class GenerateModelCode {

	private GenerateModelCode() {
	}

	public static void main(String[] args) throws Exception {
		File bundles = new File(args[0]).getCanonicalFile();
		String genModelPath = args[1];
		String modelPlugin = genModelPath.substring(0, genModelPath.indexOf('/'));

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		mapPlugin(modelPlugin, bundles);
		mapPlugin(modelPlugin + ".edit", bundles);

		Resource genModelResource = resources.getResource(URI.createPlatformResourceURI(genModelPath, true), true);
		GenModel genModel = (GenModel) genModelResource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		// Keep the genmodel in its reconciled form, as the IDE would after a reload.
		genModelResource.save(Collections.emptyMap());

		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		check(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
		check(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
	}

	private static void mapPlugin(String id, File bundles) {
		URI location = URI.createFileURI(new File(bundles, id).getAbsolutePath() + "/");
		EcorePlugin.getPlatformResourceMap().put(id, location);
	}

	private static void check(Diagnostic result) {
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("EMF generation failed: " + result);
		}
		if (result.getSeverity() != Diagnostic.OK) {
			System.out.println(result);
		}
	}
}
