"""Reproduce: import a compiled extension that was built for NumPy 1.x, with NumPy 2 installed.

Simulated here: no package built against NumPy 1.x is installed, so the script compiles one (a C
compiler and the Python headers are needed). Its import routine is copied from NumPy 1.26.4's
header numpy/core/include/numpy/__multiarray_api.h (BSD-3-Clause), the code that every module
built with NumPy 1.x headers runs when it is imported. A module built with the real 1.26.4 headers
prints the same output.
"""
import importlib
import shlex
import subprocess
import sys
import sysconfig

import numpy

SOURCE = r"""
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* From NumPy 1.26.4's __multiarray_api.h: the start of _import_array(). The rest of it (the C API
   table and its version checks) is never reached under NumPy 2, so it is left out. */
static int
_import_array(void)
{
  PyObject *numpy = PyImport_ImportModule("numpy.core._multiarray_umath");
  PyObject *c_api = NULL;

  if (numpy == NULL) {
      return -1;
  }
  c_api = PyObject_GetAttrString(numpy, "_ARRAY_API");
  Py_DECREF(numpy);
  if (c_api == NULL) {
      return -1;
  }
  Py_DECREF(c_api);
  return 0;
}

/* From the same header, unchanged. */
#define import_array() {if (_import_array() < 0) {PyErr_Print(); PyErr_SetString(PyExc_ImportError, "numpy.core.multiarray failed to import"); return NULL; } }

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "old_extension", NULL, -1, NULL};

PyMODINIT_FUNC PyInit_old_extension(void)
{
    import_array();
    return PyModule_Create(&module);
}
"""

with open("old_extension.c", "w") as f:
    f.write(SOURCE)
compiler = shlex.split(sysconfig.get_config_var("CC") or "cc")
subprocess.run(compiler + ["-shared", "-fPIC", "-I" + sysconfig.get_paths()["include"], "old_extension.c",
                           "-o", "old_extension" + sysconfig.get_config_var("EXT_SUFFIX")], check=True)
sys.path.insert(0, ".")
print("NumPy", numpy.__version__.split(".")[0] + ".x installed; importing a module built for NumPy 1.x")

# --8<-- [start:cause]
import old_extension  # noqa: E402,F401  (any package whose binary was built against NumPy 1.x)
# --8<-- [end:cause]
